import { apiFetch, apiUrl } from './client';
import type { LocalDate } from './types';

/** Shapes and calls of the statistics API: report periods, form II.06a, the Decision 766 index and their drill-downs. */

export type PeriodPreset =
  | 'month' | 'quarter' | 'six_months' | 'nine_months' | 'year' | 'first_months'
  | 'cutoff_month' | 'cutoff_quarter' | 'cutoff_six_months' | 'cutoff_year';

export type ReportPeriod = { preset: PeriodPreset; from: LocalDate; to: LocalDate; label: string; labelEn: string };

/** GET /reports/periods — the date range (inclusive) and label of a preset for a reference date. */
export const getReportPeriod = (query: { preset: PeriodPreset; date?: LocalDate; months?: number }, signal?: AbortSignal) =>
  apiFetch<ReportPeriod>('/reports/periods', { query, signal });

/** The figures of one II.06a row (Circular 01/2020/TT-VPCP) with the local extension columns. */
export type Ii06aFigures = {
  received: number; receivedOnline: number; receivedInPersonOrPostal: number; carriedOver: number;
  resolved: number; resolvedEarly: number; resolvedOnTime: number; resolvedLate: number;
  inProgress: number; inProgressWithinDeadline: number; inProgressOverdue: number;
  withdrawn: number; refused: number; lateWithApology: number; lateWithoutApology: number;
};
export type Ii06aFigure = keyof Ii06aFigures;

export type Ii06aRow = Ii06aFigures & { fieldCode: string; fieldName: string };

export type Ii06aReport = {
  unit: { code: string; name: string };
  from: LocalDate;
  to: LocalDate;
  generatedAt: string;
  rules: string;
  rows: Ii06aRow[];
  total: Ii06aFigures;
};

export type PeriodQuery = { unit: string; from: LocalDate; to: LocalDate };

export const getIi06a = (query: PeriodQuery, signal?: AbortSignal) =>
  apiFetch<Ii06aReport>('/reports/ii06a', { query, signal });

export type Ii06aCellItem = {
  id: string; code: string; procedureCode: string; fieldCode: string; unitCode: string; channel: string; status: string;
  receivedDate: LocalDate | null; dueDate: LocalDate | null; endDate: LocalDate | null; endKind: string | null; endClass: string | null;
  extended: boolean; stateAtPeriodEnd: string | null; receivedAt: string | null; dueAt: string | null; extendedDueAt: string | null; endedAt: string | null;
};

export type Ii06aCell = {
  figure: Ii06aFigure; field: string | null; unit: string; from: LocalDate; to: LocalDate;
  rule: { vi: string; en: string }; total: number; page: number; pageSize: number; items: Ii06aCellItem[];
};

export const getIi06aCell = (query: PeriodQuery & { figure: Ii06aFigure; field?: string; page: number; pageSize: number }, signal?: AbortSignal) =>
  apiFetch<Ii06aCell>('/reports/ii06a/cell', { query, signal });

/** Download links of the II.06a report (Excel, Word). */
export const ii06aXlsxUrl = (query: PeriodQuery) => apiUrl('/reports/ii06a.xlsx', query);
export const ii06aDocxUrl = (query: PeriodQuery & { periodLabel?: string }) => apiUrl('/reports/ii06a.docx', query);

export type SubIndexStatus = 'ok' | 'na';

export type Index766SubIndex = {
  code: string; group: string; name: string; nameEn: string;
  numerator: number | null; denominator: number | null; rate: number | null; points: number | null;
  max: number; threshold: number | null; status: SubIndexStatus; reason?: string; reasonEn?: string;
};

export type Index766Group = { code: string; name: string; nameEn: string; max: number; points: number | null; status: SubIndexStatus };

export type Index766Unit = {
  id: string; code: string; name: string; nameEn: string | null;
  /** The unit's level: province, department, service_centre, district, commune, other. */
  kind: string;
  role: 'self' | 'child';
  total: number; totalMax: number; rank: number | null; previousTotal: number; previousRank: number | null; rankChange: number | null;
  groups: Index766Group[];
  subIndices: Index766SubIndex[];
};

export type Index766 = {
  unit: { id: string; code: string; name: string };
  from: LocalDate; to: LocalDate;
  previous: { from: LocalDate; to: LocalDate };
  definition: { id: string; validFrom: LocalDate; source: string; naPolicy: 'exclude_and_rescale' | 'zero' };
  units: Index766Unit[];
};

export const getIndex766 = (query: PeriodQuery, signal?: AbortSignal) =>
  apiFetch<Index766>('/indexes/766', { query, signal });

export type Index766CellItem = {
  kind: 'dossier' | 'procedure'; dossierId: string | null; code: string | null; procedureCode: string; procedureName: string;
  receivedOn: LocalDate | null; dueOn: LocalDate | null; endedOn: LocalDate | null; openAtEnd: 'within' | 'overdue' | null;
  effect: 'counts' | 'lowers'; reason: string; reasonEn: string;
};

export type Index766Cell = {
  unit: { id: string; code: string; name: string };
  from: LocalDate; to: LocalDate;
  subIndex: {
    code: string; name: string; nameEn: string; numerator: number | null; denominator: number | null; rate: number | null;
    status: SubIndexStatus; reason?: string; reasonEn?: string;
  };
  itemKind: 'dossier' | 'procedure' | 'none';
  items: Index766CellItem[];
  total: number; page: number; pageSize: number;
};

export const getIndex766Cell = (query: PeriodQuery & { subIndex: string; page: number; pageSize: number }, signal?: AbortSignal) =>
  apiFetch<Index766Cell>('/indexes/766/cell', { query, signal });

export type Index766History = {
  unit: { code: string; name: string };
  granularity: 'week' | 'month' | 'year';
  periods: Array<{ from: LocalDate; to: LocalDate; units: Array<{ code: string; total: number; totalMax: number; rank: number | null }> }>;
};

export const getIndex766History = (query: PeriodQuery & { granularity: 'week' | 'month' | 'year' }, signal?: AbortSignal) =>
  apiFetch<Index766History>('/indexes/766/history', { query, signal });
