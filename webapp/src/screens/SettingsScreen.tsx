/** The account: time zone, when a day starts, the first day of the week, data in and out, API tokens, leaving. */
import { useSession } from '../app/session';
import { AccountSection } from './settings/AccountSection';
import { ApiTokensSection } from './settings/ApiTokensSection';
import { DataSection } from './settings/DataSection';
import { DaysForm } from './settings/DaysForm';

export function SettingsScreen() {
  const session = useSession();
  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {session.username && <p className="muted">Logged in as {session.username}</p>}

      <section className="panel" aria-labelledby="days-title">
        <h2 id="days-title">Your days</h2>
        <DaysForm />
      </section>

      <DataSection />
      <ApiTokensSection />
      <AccountSection />
    </section>
  );
}
