import type { Actor } from '../../domain/auth/actor.js';
import type { UserRecord } from '../../store/repositories/user.repository.js';

/** The actor a signed-in user acts as. */
export function toActor(user: UserRecord, ip: string | null): Actor {
  return { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName, unitId: user.unitId, roles: user.roles, ip };
}
