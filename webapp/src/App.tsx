/** Routes, the shell around every screen, and the rule that a lost session goes to log in and back. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { setUnauthorizedHandler } from './api/client';
import { SessionExpiredDialog } from './components/SessionExpiredDialog';
import { OutboxProvider, OutboxStatus } from './app/outbox';
import { SessionProvider, useSession } from './app/session';
import { ToastProvider } from './app/toasts';
import { RETRY_DELAYS_S } from './app/useLoad';
import { loginPathFor } from './lib/redirect';
import { ArchivedScreen } from './screens/ArchivedScreen';
import { LoginScreen, RegisterScreen } from './screens/AuthScreens';
import { BoardScreen } from './screens/BoardScreen';
import { HabitDetailScreen } from './screens/HabitDetailScreen';
import { HabitFormScreen } from './screens/HabitFormScreen';
import { PausesScreen } from './screens/PausesScreen';
import { SettingsScreen } from './screens/SettingsScreen';

export function App() {
  return (
    <ToastProvider>
      <SessionProvider>
        <OutboxProvider>
          <Shell />
        </OutboxProvider>
      </SessionProvider>
    </ToastProvider>
  );
}

function currentPath(): string {
  return window.location.pathname + window.location.search;
}

function Shell() {
  const session = useSession();
  const [location, navigate] = useLocation();
  const { signedOut, expired } = session;
  const status = useRef(session.status);
  status.current = session.status;

  useEffect(() => {
    setUnauthorizedHandler(() => {
      // Mid-visit, the screen stays (with what was typed) under a dialog to log in again.
      if (status.current === 'authenticated' || status.current === 'expired') {
        expired();
        return;
      }
      signedOut();
      navigate(loginPathFor(currentPath()), { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, signedOut, expired]);

  // Move focus to the new screen's heading so screen readers announce the change.
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [location]);

  const signedIn = session.status === 'authenticated' || session.status === 'expired';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          <span aria-hidden="true">✔︎ </span>Habit Tracker
        </Link>
        {signedIn && (
          <nav aria-label="Main">
            <NavLink href="/">Today</NavLink>
            <NavLink href="/archived">Archived</NavLink>
            <NavLink href="/pauses">Pauses</NavLink>
            <NavLink href="/settings">Settings</NavLink>
          </nav>
        )}
      </header>
      <main id="main" ref={main}>
        {signedIn && <OutboxStatus />}
        <Routes />
      </main>
      {session.status === 'expired' && <SessionExpiredDialog />}
    </div>
  );
}

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const active = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The server did not answer the first question (who is this?): keep asking, and let a person ask now. */
function Unreachable({ retry }: { retry: () => Promise<unknown> }) {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const delay = RETRY_DELAYS_S[Math.min(attempt, RETRY_DELAYS_S.length - 1)]! * 1000;
    const again = () => void retry().then(() => setAttempt((n) => n + 1));
    const timer = window.setTimeout(again, delay);
    window.addEventListener('online', again);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', again);
    };
  }, [attempt, retry]);
  return (
    <section className="screen" aria-labelledby="offline-title">
      <h1 id="offline-title">Cannot reach Habit Tracker</h1>
      <p>The server did not answer. Check your connection. This page tries again by itself and carries on when the server is back.</p>
      <button type="button" className="button button-primary" onClick={() => void retry()}>
        Try again now
      </button>
    </section>
  );
}

function Routes() {
  const session = useSession();
  if (session.status === 'loading') {
    return (
      <p className="screen" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (session.status === 'unreachable') return <Unreachable retry={session.refresh} />;
  const signedIn = session.status === 'authenticated' || session.status === 'expired';
  return (
    <Switch>
      <Route path="/login">{signedIn ? <Redirect to="/" replace /> : <LoginScreen />}</Route>
      <Route path="/register">{signedIn ? <Redirect to="/" replace /> : <RegisterScreen />}</Route>
      <Route>
        {signedIn ? (
          <Switch>
            <Route path="/" component={BoardScreen} />
            <Route path="/habits/new">{() => <HabitFormScreen />}</Route>
            <Route path="/habits/:id/edit">{(params) => <HabitFormScreen key={params.id} habitId={params.id} />}</Route>
            <Route path="/habits/:id">{(params) => <HabitDetailScreen key={params.id} habitId={params.id} />}</Route>
            <Route path="/archived" component={ArchivedScreen} />
            <Route path="/pauses" component={PausesScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route>
              <section className="screen" aria-labelledby="notfound-title">
                <h1 id="notfound-title">Page not found</h1>
                <p>
                  <Link href="/">Back to today</Link>
                </p>
              </section>
            </Route>
          </Switch>
        ) : (
          <Redirect to={loginPathFor(currentPath())} replace />
        )}
      </Route>
    </Switch>
  );
}
