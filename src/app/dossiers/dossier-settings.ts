import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { invalidInput } from '../../domain/errors.js';
import { validateReactionSlaOverrides, type ReactionSlaOverride } from '../../domain/dossiers/reaction-slas.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { Executor } from '../../store/db.js';
import type { AppContext } from '../app-context.js';

/** Province-wide dossier settings (domain.md §1.4 C: figures that sector law or the province may set). */
export type DossierSettings = {
  /** Working days a dossier may wait for a requested supplement before it is closed (UNCONFIRMED default 15). */
  supplementWaitWorkingDays: number;
  /** The province's own reaction-SLA figures by effective date, oldest first (none: the defaults of reaction-slas.ts). */
  reactionSlas: ReactionSlaOverride[];
};

export const DEFAULT_DOSSIER_SETTINGS: DossierSettings = { supplementWaitWorkingDays: 15, reactionSlas: [] };
const KEY = 'dossier_settings';

/** The settings in force (defaults for anything not stored). */
export async function getDossierSettings(ex: Executor): Promise<DossierSettings> {
  return { ...DEFAULT_DOSSIER_SETTINGS, ...((await settingsRepository(ex).get<Partial<DossierSettings>>(KEY)) ?? {}) };
}

/**
 * Changes the settings (PAR standing agency or administrator), audited. A body without `reactionSlas` (as sent before
 * they existed) keeps the stored ones.
 */
export async function updateDossierSettings(ctx: AppContext, o: { actor: Actor; settings: Omit<DossierSettings, 'reactionSlas'> & { reactionSlas?: ReactionSlaOverride[] } }): Promise<DossierSettings> {
  requireRole(o.actor, ['system_admin', 'par_agency']);
  const days = o.settings.supplementWaitWorkingDays;
  if (!Number.isInteger(days) || days < 1 || days > 120) {
    throw invalidInput('supplementWaitWorkingDays', 'Give a whole number of working days from 1 to 120.', 'Số ngày làm việc phải là số nguyên từ 1 đến 120.');
  }
  if (o.settings.reactionSlas) validateReactionSlaOverrides(o.settings.reactionSlas);
  return ctx.db.transaction(async (tx) => {
    const before = await getDossierSettings(tx);
    const reactionSlas = o.settings.reactionSlas ? [...o.settings.reactionSlas].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)) : before.reactionSlas;
    const after: DossierSettings = { supplementWaitWorkingDays: days, reactionSlas };
    await settingsRepository(tx).set(KEY, after);
    await auditRepository(tx).record(o.actor, 'dossier.settings_updated', { type: 'settings', id: KEY }, before, after);
    return after;
  });
}
