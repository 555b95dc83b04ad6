import { createContext, useContext } from 'react';
import type { RoleCode, User } from '../../../api/types';

export type Session =
  | { status: 'loading'; user: null }
  /** `signedOut`: the user chose to leave (go to a plain login page, not back to where they were). */
  | { status: 'anonymous'; user: null; signedOut?: boolean }
  | { status: 'authenticated'; user: User };

export type SessionApi = Session & {
  /** After a successful login. */
  signIn: (user: User) => void;
  /** Ends the session on the server (best effort) and here. */
  signOut: () => Promise<void>;
  hasRole: (role: RoleCode) => boolean;
};

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
