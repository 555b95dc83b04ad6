import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/auth/actor.js';
import { formatDossierCode } from '../../domain/dossiers/dossier-code.js';
import type { Applicant, Dossier } from '../../domain/dossiers/dossier-types.js';
import { openDossier, type ComponentCheck, type OpenDossierInput } from '../../domain/dossiers/open-dossier.js';
import { DomainError } from '../../domain/errors.js';
import type { DossierChannel } from '../../domain/procedures/procedure-types.js';
import { instantToLocal } from '../../domain/shared/local-date.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { prepareDecision } from './dossier-context.js';
import { refreshDossierStatistics } from '../statistics/refresh-dossier-statistics.js';

export type ReceiveDossierOptions = {
  actor: Actor;
  procedureCode: string;
  channel: DossierChannel;
  /** The one-stop desk that takes the dossier; the reception point defaults to it. */
  receivingUnitId: string;
  receptionUnitId?: string;
  /** Defaults to the receiving unit when it is competent, else the procedure's only competent unit. */
  competentUnitId?: string;
  applicant: Applicant;
  components: ComponentCheck[];
  decision: OpenDossierInput['decision'];
  reason?: string | null;
};

/**
 * Intake at the counter, by post or online: the procedure version in force today, a new code from the receiving agency's
 * daily sequence, the desk's decision (receive, ask once for a supplement, refuse) — all in one transaction, audited.
 */
export async function receiveDossier(ctx: AppContext, o: ReceiveDossierOptions): Promise<Dossier> {
  const now = ctx.now().getTime();
  const today = instantToLocal(now).date;
  const setup = await prepareDecision(ctx, o.actor);
  const { actor, history } = setup;
  const receiving = history.units.get(o.receivingUnitId);
  if (!receiving) throw new DomainError('NOT_FOUND', 'Unknown receiving unit.', 'Không tìm thấy đơn vị tiếp nhận.', { field: 'receivingUnitId' });
  if (o.actor.kind === 'user' && !o.actor.roles.includes('citizen') && !actor.mayActFor(o.receivingUnitId)) {
    throw new DomainError('NOT_ALLOWED', 'You cannot receive dossiers for this unit.', 'Bạn không được tiếp nhận hồ sơ cho đơn vị này.', { field: 'receivingUnitId' });
  }
  return ctx.db.transaction(async (tx) => {
    const procedure = await procedureRepository(tx).findInForce(o.procedureCode, today);
    if (!procedure) throw new DomainError('NOT_FOUND', `No procedure ${o.procedureCode} is in force today.`, `Không có thủ tục ${o.procedureCode} đang có hiệu lực.`, { field: 'procedureCode' });
    const competentUnitId = o.competentUnitId ?? (procedure.competentUnitIds.includes(o.receivingUnitId) ? o.receivingUnitId : procedure.competentUnitIds.length === 1 ? procedure.competentUnitIds[0] : '');
    if (!competentUnitId) throw new DomainError('INVALID_INPUT', 'Choose the competent agency.', 'Hãy chọn cơ quan có thẩm quyền giải quyết.', { field: 'competentUnitId' });
    const repository = dossierRepository(tx);
    const code = formatDossierCode(receiving.code, now, await repository.nextSequence(receiving.code, today));
    const decide = setup.contextFor({ procedure, competentUnitId, now });
    const { dossier, events } = openDossier({
      id: randomUUID(), code, procedure, channel: o.channel, receptionUnitId: o.receptionUnitId ?? o.receivingUnitId, receivingUnitId: o.receivingUnitId,
      competentUnitId, applicant: o.applicant, components: o.components, decision: o.decision, reason: o.reason,
    }, decide);
    const checklist = procedure.components.map((c) => ({ code: c.code, name: c.name, required: c.required, status: o.components.find((x) => x.code === c.code)?.status ?? 'missing' }));
    await repository.insert(dossier, checklist);
    await repository.save(dossier, -1, events);
    await refreshDossierStatistics(tx, dossier.id, now);
    await auditRepository(tx).record(o.actor, 'dossier.received', { type: 'dossier', id: dossier.id }, null, { code, status: dossier.status, procedureCode: procedure.code });
    return dossier;
  });
}
