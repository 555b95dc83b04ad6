import { z } from 'zod';
import { nameOn } from '../../domain/org/org-queries.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import type { UserRecord } from '../../store/repositories/user.repository.js';
import type { Actor } from '../../domain/auth/actor.js';

export const ZUser = z.object({
  id: z.string(), username: z.string(), displayName: z.string(),
  unitId: z.string().nullable(), unitCode: z.string().nullable(), unitName: z.string().nullable(),
  roles: z.array(z.string()),
});
export const ZAdminUser = ZUser.extend({ active: z.boolean(), createdAt: z.string() });

function unitOf(history: OrgHistory, unitId: string | null, today: LocalDate) {
  const unit = unitId ? history.units.get(unitId) : undefined;
  return { unitId, unitCode: unit?.code ?? null, unitName: unit ? nameOn(unit, today).name : null };
}

/** The signed-in user as the web shell sees it. */
export function presentActor(actor: Actor, history: OrgHistory, today: LocalDate): z.infer<typeof ZUser> {
  return { id: actor.userId ?? 'system', username: actor.username, displayName: actor.displayName, ...unitOf(history, actor.unitId, today), roles: actor.roles };
}

/** An account as administrators see it (never the password hash). */
export function presentAdminUser(user: UserRecord, history: OrgHistory, today: LocalDate): z.infer<typeof ZAdminUser> {
  return { id: user.id, username: user.username, displayName: user.displayName, ...unitOf(history, user.unitId, today), roles: user.roles, active: user.active, createdAt: user.createdAt };
}
