import type { Actor } from '../../domain/auth/actor.js';
import { invalidInput } from '../../domain/errors.js';
import { DOSSIER_SUB_INDICES, judgeDossier, type DossierSubIndex } from '../../domain/index766/dossier-measures.js';
import { definitionOn, SUB_INDEX_CODES, type SubIndexCode } from '../../domain/index766/index766-definition.js';
import { rate766 } from '../../domain/index766/index766-rules.js';
import { catalogueMeasures, NOT_AVAILABLE } from '../../domain/index766/unit-index.js';
import { fromEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import { index766Repository } from '../../store/repositories/index766.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { index766Targets, keyedRanges, prepareIndex766 } from './index766-scope.js';
import { loadProcedureCatalogue, versionsOfUnits } from '../procedures/procedure-version-cache.js';

export type ListIndex766CellOptions = {
  actor: Actor;
  unit: string;
  from: string;
  to: string;
  subIndex: string;
  page: number;
  pageSize: number;
};

/** One dossier or procedure behind a cell: whether it counts in the numerator or lowers the index, and why. */
export type Index766CellItem = {
  kind: 'dossier' | 'procedure';
  dossierId: string | null;
  code: string | null;
  procedureCode: string;
  procedureName: string;
  receivedOn: LocalDate | null;
  dueOn: LocalDate | null;
  endedOn: LocalDate | null;
  openAtEnd: 'within' | 'overdue' | null;
  inNumerator: boolean;
  reasonVi: string;
  reasonEn: string;
};

export type Index766Cell = {
  unit: { id: string; code: string; name: string };
  period: { from: LocalDate; to: LocalDate };
  subIndex: { code: SubIndexCode; nameVi: string; nameEn: string; numerator: number | null; denominator: number | null; rate: number | null; status: 'ok' | 'na'; reasonVi?: string; reasonEn?: string };
  /** What the items are: dossiers (stat_dossier_facts), procedures (the catalogue), or none for an N/A sub-index. */
  itemKind: 'dossier' | 'procedure' | 'none';
  /** The items outside the numerator (those that lower the index) come first. */
  items: Index766CellItem[];
  total: number;
  page: number;
  pageSize: number;
};

const day = (d: number | null) => (d === null ? null : fromEpochDay(d));
const EMPTY = { reasonVi: 'Không có đối tượng để tính trong kỳ (mẫu số bằng 0).', reasonEn: 'Nothing to count in the period (denominator 0).' };

/**
 * The dossiers (or procedures) behind the numerator and denominator of one Decision 766 sub-index for one unit and
 * period, those that lower it first, each with the reason (domain.md requirement 17: drill down to the dossiers).
 */
export async function listIndex766Cell(ctx: AppContext, o: ListIndex766CellOptions): Promise<Index766Cell> {
  if (!(SUB_INDEX_CODES as readonly string[]).includes(o.subIndex)) {
    throw invalidInput('subIndex', `Unknown sub-index ${o.subIndex}.`, `Không có chỉ số thành phần ${o.subIndex}.`, { allowed: SUB_INDEX_CODES });
  }
  const code = o.subIndex as SubIndexCode;
  const { history, unit, period, today } = await prepareIndex766(ctx, o);
  const [target] = index766Targets(history, unit, period.to, false);
  const definition = definitionOn(period.to).subIndices.find((s) => s.code === code)!;
  const head = { unit: { id: unit.id, code: unit.code, name: target.name }, period: { from: period.from, to: period.to }, page: o.page, pageSize: o.pageSize };
  const names = { code, nameVi: definition.nameVi, nameEn: definition.nameEn };
  const offset = (o.page - 1) * o.pageSize;
  const repository = index766Repository(ctx.db.orm);

  if ((DOSSIER_SUB_INDICES as readonly string[]).includes(code)) {
    const sub = code as DossierSubIndex;
    const ranges = keyedRanges(history, [target], period);
    const cell = await repository.cellDossiers(sub, ranges, period.toDay, o.pageSize, offset);
    const rate = rate766(cell.numerator, cell.total);
    return {
      ...head, itemKind: 'dossier', total: cell.total,
      subIndex: { ...names, numerator: cell.numerator, denominator: cell.total, rate, ...(rate === null ? { status: 'na', ...EMPTY } : { status: 'ok' }) },
      items: cell.rows.map((r) => {
        const judgement = judgeDossier(sub, r);
        return {
          kind: 'dossier', dossierId: r.dossierId, code: r.code, procedureCode: r.procedureCode, procedureName: r.procedureName,
          receivedOn: day(r.receivedDay), dueOn: day(r.dueDay), endedOn: r.openState ? null : day(r.endDay), openAtEnd: r.openState, ...judgement,
        };
      }),
    };
  }

  const na = NOT_AVAILABLE[code];
  if (na && na.status === 'na') {
    return { ...head, itemKind: 'none', total: 0, items: [], subIndex: { ...names, numerator: null, denominator: null, rate: null, status: 'na', reasonVi: na.reasonVi, reasonEn: na.reasonEn } };
  }

  const ranges = keyedRanges(history, [target], period);
  const { calendar } = await loadWorkingCalendar(ctx);
  const versions = versionsOfUnits(await loadProcedureCatalogue(ctx), target.memberIds);
  const catalogue = catalogueMeasures({
    from: period.from, to: period.to, asOf: period.to < today ? period.to : today, calendar, versions,
    codesWithOnlineDossiers: code === '3.2' ? (await repository.procedureCodesWith(ranges, 'online')).get(unit.id)! : new Set(),
    codesPaidOnline: code === '3.5' ? (await repository.procedureCodesWith(ranges, 'paid_online')).get(unit.id)! : new Set(),
  })[code as '1.1' | '1.2' | '1.3' | '3.1' | '3.2' | '3.5'];
  const sorted = [...catalogue.items].sort((a, b) => Number(a.inNumerator) - Number(b.inNumerator) || a.procedureCode.localeCompare(b.procedureCode));
  const numerator = sorted.filter((i) => i.inNumerator).length;
  const rate = rate766(numerator, sorted.length);
  return {
    ...head, itemKind: 'procedure', total: sorted.length,
    subIndex: { ...names, numerator, denominator: sorted.length, rate, ...(rate === null ? { status: 'na', ...EMPTY } : { status: 'ok' }) },
    items: sorted.slice(offset, offset + o.pageSize).map((i) => ({
      kind: 'procedure', dossierId: null, code: null, procedureCode: i.procedureCode, procedureName: i.name, receivedOn: null, dueOn: null, endedOn: null,
      openAtEnd: null, inNumerator: i.inNumerator, reasonVi: i.reasonVi, reasonEn: i.reasonEn,
    })),
  };
}
