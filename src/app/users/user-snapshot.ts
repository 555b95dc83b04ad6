import type { UserRecord } from '../../store/repositories/user.repository.js';

/** What the audit log keeps of a user: never the password hash. */
export function userSnapshot(user: UserRecord) {
  return { username: user.username, displayName: user.displayName, unitId: user.unitId, active: user.active, roles: user.roles };
}
