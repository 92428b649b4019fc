// Last line of defence: a bug in rendering shows a sentence and a reload button, not a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../lib/i18n/messages.ts';
import { Button } from '../ui/Button.tsx';

interface State {
  failed: boolean;
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // No patient data here: the message and the component stack only.
    console.error('The agenda crashed while rendering', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="app-crash" role="alert">
        <p className="app-crash__text">{t('app.crash.text')}</p>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('app.crash.reload')}
        </Button>
      </div>
    );
  }
}
