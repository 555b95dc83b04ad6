import type { Actor } from '../../domain/auth/actor.js';
import { accessScope, requireInScope } from '../../domain/auth/access-scope.js';
import { STATUS_TEXT } from '../../domain/dossiers/timeline-text.js';
import { invalidInput } from '../../domain/errors.js';
import { nameOn, subtreeOn } from '../../domain/org/org-queries.js';
import { formatVietnamInstant as at } from '../../domain/shared/format-vietnam-instant.js';
import { localDateOf, localToInstant, toEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import { renderForm } from '../../documents/render-form.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { provinceNameOf } from './render-dossier-form.js';

export const MAX_REGISTER_ROWS = 5_000;

/** The register of dossiers a unit (with its sub-units) received in a period: Form 07 (Circular 03/2025/TT-VPCP Annex I). */
export async function renderRegister(ctx: AppContext, o: { actor: Actor; unitId: string; from: LocalDate; to: LocalDate }): Promise<Buffer> {
  if (toEpochDay(o.to) < toEpochDay(o.from)) throw invalidInput('to', '`to` must not be before `from`.', 'Ngày kết thúc không được trước ngày bắt đầu.');
  const history = await loadOrgHistory(ctx);
  const today = localDateOf(ctx.now());
  if (!history.units.has(o.unitId)) throw invalidInput('unit', 'Unknown unit.', 'Không tìm thấy đơn vị.');
  requireInScope(accessScope(o.actor, history, today), [o.unitId]);
  const units = [...subtreeOn(history, o.unitId, today)];
  const dossiers = await dossierRepository(ctx.db.orm).listReceivedBetween(units, localToInstant(o.from, 0), localToInstant(o.to, 1440), MAX_REGISTER_ROWS);
  const names = await procedureRepository(ctx.db.orm).namesOf(dossiers.map((d) => d.procedureVersionId));
  const forwarded = await dossierRepository(ctx.db.orm).firstEventAt(dossiers.map((d) => d.id), 'forwarded');
  return renderForm('07', {
    unitName: nameOn(history.units.get(o.unitId)!, today).name, provinceName: provinceNameOf(history, o.unitId, today), from: `${o.from}T00:00:00+07:00`, to: `${o.to}T23:59:59+07:00`,
    rows: dossiers.map((d, i) => ({
      no: i + 1, code: d.code, procedureName: names.get(d.procedureVersionId) ?? d.procedureCode, applicantName: d.applicant.name, receivedAt: at(d.receivedAt!), dueAt: d.dueAt === null ? null : at(d.dueAt),
      forwardedAt: forwarded.has(d.id) ? at(forwarded.get(d.id)!) : null, resultAt: d.endedAt === null ? null : at(d.endedAt), deliveredAt: d.deliveredAt === null ? null : at(d.deliveredAt), status: STATUS_TEXT[d.status].vi,
      note: d.extendedDueAt ? `Hẹn lại ${at(d.extendedDueAt).slice(0, 10)}` : null,
    })),
  });
}
