import { type FormEvent, useEffect, useId, useState } from 'react';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { fetchDataSource } from './session-api.ts';
import { useSession } from './session-store.ts';
import './sign-in.css';

/** The demo accounts of the sandbox (README: "Demo data"). Shown only on sandbox data. */
const demoAccounts: { username: string; password: string; role: MessageId }[] = [
  { username: 'doctor', password: 'demo-doctor', role: 'auth.demo.doctor' },
  { username: 'reception', password: 'demo-reception', role: 'auth.demo.reception' },
  { username: 'admin', password: 'demo-admin', role: 'auth.demo.admin' },
];

export function SignInPage({ notice }: { notice: MessageId | null }) {
  const signIn = useSession((store) => store.signIn);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sandbox, setSandbox] = useState(false);
  const errorId = useId();

  useEffect(() => {
    void fetchDataSource().then((source) => setSandbox(source === 'sandbox'));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('auth.error.missing'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('auth.error.failed'));
      setPending(false);
    }
  }

  return (
    <main className="sign-in">
      <form
        className="sign-in__card"
        onSubmit={submit}
        noValidate
        aria-describedby={error ? errorId : undefined}
      >
        <div className="sign-in__language">
          <LanguagePicker />
        </div>
        <h1 className="sign-in__title">Online Agenda</h1>
        <p className="sign-in__lead">{t('auth.lead')}</p>
        {notice && <p className="sign-in__notice">{t(notice)}</p>}
        <label className="sign-in__field">
          <span>{t('auth.field.username')}</span>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </label>
        <label className="sign-in__field">
          <span>{t('auth.field.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {error && (
          <p id={errorId} className="sign-in__error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
        {sandbox && (
          <section className="sign-in__demo" aria-label={t('auth.demo.label')}>
            <h2>{t('auth.demo.title')}</h2>
            <ul>
              {demoAccounts.map((account) => (
                <li key={account.username}>
                  <strong>{t(account.role)}</strong>: <code>{account.username}</code> /{' '}
                  <code>{account.password}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </main>
  );
}
