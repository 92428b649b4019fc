import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { fetchDataSource } from './session-api.ts';
import { useSession } from './session-store.ts';
import './sign-in.css';

/** The demo accounts of the sandbox (README: "Demo data"). Shown only on sandbox data. */
const demoAccounts = [
  { username: 'doctor', password: 'demo-doctor', role: 'Doctor (Dr Anna Kowalska)' },
  { username: 'reception', password: 'demo-reception', role: 'Reception' },
  { username: 'admin', password: 'demo-admin', role: 'Administrator' },
];

export function SignInPage({ notice }: { notice: string | null }) {
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
      setError('Enter your user name and password.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Sign-in failed.');
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
        <h1 className="sign-in__title">Online Agenda</h1>
        <p className="sign-in__lead">Sign in with your clinic account.</p>
        {notice && <p className="sign-in__notice">{notice}</p>}
        <label className="sign-in__field">
          <span>User name</span>
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </label>
        <label className="sign-in__field">
          <span>Password</span>
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
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
        {sandbox && (
          <section className="sign-in__demo" aria-label="Demo accounts">
            <h2>Sandbox demo accounts</h2>
            <ul>
              {demoAccounts.map((account) => (
                <li key={account.username}>
                  <strong>{account.role}</strong>: <code>{account.username}</code> /{' '}
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
