import type { Role } from './roles.js';

/** Who is acting: a signed-in user (by session or API token), or the system itself (seeding, jobs). */
export type Actor = {
  kind: 'user' | 'system';
  userId: string | null;
  username: string;
  displayName: string;
  unitId: string | null;
  roles: Role[];
  ip?: string | null;
};

/** The actor used by start-up seeding and background jobs. */
export const SYSTEM_ACTOR: Actor = { kind: 'system', userId: null, username: 'system', displayName: 'Hệ thống', unitId: null, roles: ['system_admin'] };
