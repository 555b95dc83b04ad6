import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getMe, logout } from '../../../api/auth';
import { ApiError, UNAUTHENTICATED_EVENT } from '../../../api/client';
import type { User } from '../../../api/types';
import type { Session, SessionApi } from '../hooks/use-session';
import { SessionContext } from '../hooks/use-session';

/** Asks the server who is signed in (GET /auth/me) and ends the session whenever the server says 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading', user: null });

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      ({ user }) => setSession({ status: 'authenticated', user }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // 401 is the ordinary "not signed in"; other failures also leave the visitor anonymous.
        if (!(error instanceof ApiError) || error.status !== 401) console.warn('GET /auth/me failed', error);
        setSession({ status: 'anonymous', user: null });
      },
    );
    const onUnauthenticated = () => setSession({ status: 'anonymous', user: null });
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => {
      controller.abort();
      window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    };
  }, []);

  const signIn = useCallback((user: User) => setSession({ status: 'authenticated', user }), []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setSession({ status: 'anonymous', user: null, signedOut: true });
    }
  }, []);

  const value = useMemo<SessionApi>(() => ({
    ...session,
    signIn,
    signOut,
    hasRole: (role) => session.user?.roles.includes(role) ?? false,
  }), [session, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
