import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { toLegacyLine, type ExportedEvent } from '../../domain/dossiers/to-legacy-line.js';
import { DomainError } from '../../domain/errors.js';
import { findByCodeOn } from '../../domain/org/org-queries.js';
import type { OrgHistory, OrgUnit } from '../../domain/org/org-types.js';
import { rollupMembers } from '../../domain/org/rollup-members.js';
import type { DossierChannel } from '../../domain/procedures/procedure-types.js';
import { addDays, localDateOf, localToInstant, type LocalDate } from '../../domain/shared/local-date.js';
import { dossierExchangeRepository, type ExportEventRow } from '../../store/repositories/dossier-exchange.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { exchangeScope } from './load-import-catalogue.js';

export type ExportDossiersOptions = {
  actor: Actor;
  /** A unit by id or code (today's, else its latest holder): its dossiers and those of every unit ever under or merged into it. */
  unit?: string;
  /** Local (UTC+7) receipt dates, both inclusive. */
  from?: LocalDate;
  to?: LocalDate;
  /** Dossiers read per query; default 2,000. */
  pageSize?: number;
};

function findUnit(history: OrgHistory, ref: string, today: LocalDate): OrgUnit | undefined {
  return history.units.get(ref) ?? findByCodeOn(history, ref, today)
    ?? [...history.units.values()].filter((u) => u.code === ref).sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'))[0];
}

/** The unit ids to export: the roll-up of the unit asked for, within the actor's scope; null = every unit. */
function unitFilter(o: ExportDossiersOptions, history: OrgHistory, today: LocalDate): string[] | null {
  const scope = exchangeScope(o.actor, history, today);
  if (!o.unit) return scope && [...scope];
  const unit = findUnit(history, o.unit, today);
  if (!unit) throw new DomainError('NOT_FOUND', `No unit ${o.unit}.`, `Không tìm thấy đơn vị ${o.unit}.`, { field: 'unit' });
  const members = rollupMembers(history, unit.id).members.map((m) => m.unitId);
  if (scope && !members.every((id) => scope.has(id))) {
    throw new DomainError('NOT_ALLOWED', 'This unit is outside your organisation scope.', 'Đơn vị này nằm ngoài phạm vi tổ chức mà bạn được phân quyền.', { field: 'unit' });
  }
  return members;
}

/**
 * Received dossiers as NDJSON in the legacy exchange format (the import's format, so an export re-imports into another
 * installation with the same states and appointments), in receipt order, read page by page and yielded as text chunks
 * of whole lines — never the whole set in memory. Checks the role and the unit before the first chunk.
 */
export async function exportDossiers(ctx: AppContext, o: ExportDossiersOptions): Promise<AsyncIterable<string>> {
  requireRole(o.actor, ['system_admin', 'par_agency']);
  if (o.from && o.to && o.from > o.to) throw new DomainError('INVALID_INPUT', 'from is after to.', 'Ngày bắt đầu sau ngày kết thúc.', { field: 'from' });
  const history = await loadOrgHistory(ctx);
  const filter = {
    unitIds: unitFilter(o, history, localDateOf(ctx.now())),
    from: o.from ? localToInstant(o.from, 0) : null,
    to: o.to ? localToInstant(addDays(o.to, 1), 0) : null,
  };
  const codeOf = (id: string) => history.units.get(id)?.code ?? id;
  const pageSize = o.pageSize ?? 2000;
  return (async function* lines() {
    const repository = dossierExchangeRepository(ctx.db.orm);
    let after: { receivedMs: number; id: string } | null = null;
    for (;;) {
      const page = await repository.exportPage(filter, after, pageSize);
      if (!page.length) return;
      const events = new Map<string, ExportedEvent[]>();
      for (const e of await repository.exportEvents(page.map((d) => d.id))) {
        const list = events.get(e.dossier_id) ?? [];
        list.push(toEvent(e));
        events.set(e.dossier_id, list);
      }
      let chunk = '';
      for (const d of page) {
        const line = toLegacyLine({
          code: d.code, procedureCode: d.procedure_code, receivingUnitCode: codeOf(d.receiving_unit_id), competentUnitCode: codeOf(d.competent_unit_id),
          channel: d.channel as DossierChannel, receivedAt: d.received_ms, originalDueAt: d.original_due_ms,
        }, events.get(d.id) ?? []);
        if (line) chunk += `${JSON.stringify(line)}\n`;
      }
      if (chunk) yield chunk;
      const last = page[page.length - 1];
      after = { receivedMs: last.received_ms, id: last.id };
      if (page.length < pageSize) return;
    }
  })();
}

const toEvent = (e: ExportEventRow): ExportedEvent => ({ type: e.type, at: e.at_ms, reason: e.reason, payload: e.payload ?? {} });
