/** Who is logged in, their settings, and the server's "today"; shared by every screen. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import type { Profile } from '../api/types';
import type { Day } from '../lib/dates';
import { forgetOfflineData } from '../pwa/offlineData';

/**
 * `expired`: the server stopped taking the session (it timed out, or was ended elsewhere) while a screen
 * was open. The screen stays as it was, with whatever was typed, under a dialog to log in again.
 */
export type SessionStatus = 'loading' | 'anonymous' | 'authenticated' | 'expired' | 'unreachable';

export interface Session {
  status: SessionStatus;
  username: string | null;
  /** From the session check, else the profile. */
  userId: string | null;
  profile: Profile | null;
  /** The user's today as the server last said it (from the board). */
  today: Day | null;
  refresh: () => Promise<SessionStatus>;
  signedOut: () => void;
  /** The session was refused mid-visit: keep the screen, ask to log in again. */
  expired: () => void;
  setProfile: (profile: Profile) => void;
  setToday: (today: Day) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [username, setUsername] = useState<string | null>(null);
  const [checkedUserId, setCheckedUserId] = useState<string | null>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [today, setToday] = useState<Day | null>(null);

  const refresh = useCallback(async (): Promise<SessionStatus> => {
    try {
      const check = await api.checkAuth();
      if (!check.authenticated) {
        setStatus('anonymous');
        setUsername(null);
        setCheckedUserId(null);
        setProfile(null);
        return 'anonymous';
      }
      setUsername(check.username ?? null);
      setCheckedUserId(check.userId ?? null);
      setStatus('authenticated');
      // Settings (week start, zone) are needed by several screens; a failure here is not fatal.
      api.profile().then(setProfile, () => undefined);
      return 'authenticated';
    } catch {
      setStatus('unreachable');
      return 'unreachable';
    }
  }, []);

  const signedOut = useCallback(() => {
    setStatus('anonymous');
    setUsername(null);
    setCheckedUserId(null);
    setProfile(null);
    setToday(null);
    // The board and profile the service worker kept for offline use go with the session.
    void forgetOfflineData();
  }, []);

  const expired = useCallback(() => setStatus((current) => (current === 'authenticated' ? 'expired' : current)), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const userId = checkedUserId ?? profile?.userId ?? null;
  const value = useMemo<Session>(
    () => ({ status, username, userId, profile, today, refresh, signedOut, expired, setProfile, setToday }),
    [status, username, userId, profile, today, refresh, signedOut, expired],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
