import type { Actor } from '../../domain/auth/actor.js';
import { decideDossierAction, type DossierCommand } from '../../domain/dossiers/decide-dossier-action.js';
import type { Dossier } from '../../domain/dossiers/dossier-types.js';
import { DomainError } from '../../domain/errors.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import type { AppContext } from '../app-context.js';
import { refreshDossierStatistics } from '../statistics/refresh-dossier-statistics.js';
import { prepareDecision } from './dossier-context.js';

/** A citizen (no officer role) acts only on dossiers they submitted themselves. */
export const isCitizenOnly = (actor: Actor) => actor.roles.includes('citizen') && !actor.roles.some((r) => r !== 'citizen');

export type ActOnDossierOptions = {
  actor: Actor;
  dossierId: string;
  /** The version the officer saw; a newer one means someone acted meanwhile (409). */
  expectedVersion: number;
  command: DossierCommand;
};

/**
 * One action on a dossier (forward, assign, supplement, apology, resolve, deliver, withdraw…): lock, check the version
 * the officer saw, let the domain decide, save the new state with its event, audit — in one transaction.
 */
export async function actOnDossier(ctx: AppContext, o: ActOnDossierOptions): Promise<Dossier> {
  const setup = await prepareDecision(ctx, o.actor);
  return ctx.db.transaction(async (tx) => {
    const repository = dossierRepository(tx);
    const dossier = await repository.getForUpdate(o.dossierId);
    if (!dossier) throw new DomainError('NOT_FOUND', 'No such dossier.', 'Không tìm thấy hồ sơ.', { field: 'id' });
    if (isCitizenOnly(o.actor) && (await repository.submitterOf(dossier.id)) !== o.actor.userId) {
      throw new DomainError('NOT_FOUND', 'No such dossier among yours.', 'Không tìm thấy hồ sơ trong các hồ sơ của bạn.', { field: 'id' });
    }
    if (dossier.version !== o.expectedVersion) {
      throw new DomainError('CONFLICT', `The dossier changed meanwhile (version ${dossier.version}, you saw ${o.expectedVersion}); reload it.`,
        `Hồ sơ vừa được cập nhật (phiên bản ${dossier.version}, bạn đang xem ${o.expectedVersion}); hãy tải lại.`, { field: 'version', currentVersion: dossier.version, status: dossier.status });
    }
    const procedure = await setup.procedureVersion(tx, dossier.procedureVersionId);
    const { next, event, events } = decideDossierAction(dossier, o.command, setup.contextFor({ procedure: procedure!, competentUnitId: dossier.competentUnitId }));
    await repository.save(next, dossier.version, events);
    await refreshDossierStatistics(tx, dossier.id, event.at);
    await auditRepository(tx).record(o.actor, `dossier.${o.command.type}`, { type: 'dossier', id: dossier.id }, { status: dossier.status, version: dossier.version }, { status: next.status, version: next.version, reason: event.reason });
    return next;
  });
}
