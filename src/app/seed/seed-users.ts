import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import type { Role } from '../../domain/auth/roles.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { userRepository } from '../../store/repositories/user.repository.js';
import type { AppContext } from '../app-context.js';
import { hashPassword } from '../auth/password-hasher.js';
import { userSnapshot } from '../users/user-snapshot.js';

export type SeedUser = { username: string; displayName: string; password: string; unitId: string; roles: Role[] };

/** Creates the given users unless the username exists (start-up seeding; audited as the system). */
export async function seedUsers(ctx: AppContext, users: SeedUser[]): Promise<string[]> {
  const created: string[] = [];
  for (const u of users) {
    const passwordHash = await hashPassword(u.password);
    await ctx.db.transaction(async (tx) => {
      const repository = userRepository(tx);
      if (await repository.findByUsername(u.username)) return;
      const id = await repository.insert({ username: u.username, displayName: u.displayName, passwordHash, unitId: u.unitId, roles: u.roles });
      await auditRepository(tx).record(SYSTEM_ACTOR, 'user.created', { type: 'user', id }, null, userSnapshot((await repository.findById(id))!));
      created.push(u.username);
    });
  }
  return created;
}
