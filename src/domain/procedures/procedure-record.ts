import { invalidInput } from '../errors.js';
import { isLocalDate } from '../shared/local-date.js';
import { CHANNEL_CODES, type ProcedureVersion } from './procedure-types.js';

/**
 * A procedure version as exchanged in files and APIs: organisation units by code (as of `validFrom`) instead of ids, so
 * a catalogue moves between installations. `*commune*` stands for every commune valid on `validFrom` (procedures the
 * commune People's Committee decides, Law on Local Government 72/2025/QH15 Art. 21).
 */
export type ProcedureRecord = Omit<ProcedureVersion, 'id' | 'procedureId' | 'version' | 'competentUnitIds' | 'receivingUnitIds' | 'agencySteps'> & {
  competentUnitCodes: string[];
  receivingUnitCodes: string[];
  /** The agencies of the inter-agency steps, by unit code as of `validFrom`; absent = none. */
  agencySteps?: AgencyStepRecord[];
};

/** An inter-agency step as exchanged: the unit by code (as of the version's first day), what it does, its working days. */
export type AgencyStepRecord = { unitCode: string; name: string; workingDays: number };

export const COMMUNE_MARKER = '*commune*';
export const LEVELS = ['central', 'province', 'district', 'commune'] as const;
export const TIME_LIMIT_UNITS = ['working_days', 'working_hours', 'calendar_days', 'same_day'] as const;
export const CHANNELS = Object.keys(CHANNEL_CODES) as Array<keyof typeof CHANNEL_CODES>;

type Obj = Record<string, unknown>;
const fail = (field: string, en: string, vi: string): never => { throw invalidInput(field, `${field}: ${en}`, `${field}: ${vi}`); };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(o: Obj, key: string, path: string, opt: { nullable?: boolean; optional?: boolean } = {}): string {
  const v = o[key];
  if ((v === null && opt.nullable) || (v === undefined && (opt.optional || opt.nullable))) return v as unknown as string;
  if (typeof v !== 'string' || v.trim() === '') fail(path + key, 'must be a non-empty text.', 'phải là chuỗi ký tự không rỗng.');
  return (v as string).trim();
}
function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  if (!values.includes(o[key] as T)) fail(path + key, `must be one of ${values.join(', ')}.`, `phải là một trong ${values.join(', ')}.`);
  return o[key] as T;
}
function date(o: Obj, key: string, path: string, nullable = false): string {
  if (nullable && (o[key] === null || o[key] === undefined)) return null as unknown as string;
  if (!isLocalDate(o[key])) fail(path + key, 'must be a real date written YYYY-MM-DD.', 'phải là ngày hợp lệ dạng YYYY-MM-DD.');
  return o[key] as string;
}
function num(o: Obj, key: string, path: string): number {
  if (typeof o[key] !== 'number' || !Number.isFinite(o[key])) fail(path + key, 'must be a number.', 'phải là số.');
  return o[key] as number;
}
function flag(o: Obj, key: string, path: string, fallback?: boolean): boolean {
  if (o[key] === undefined && fallback !== undefined) return fallback;
  if (typeof o[key] !== 'boolean') fail(path + key, 'must be true or false.', 'phải là true hoặc false.');
  return o[key] as boolean;
}
function list<T>(o: Obj, key: string, path: string, item: (v: unknown, p: string) => T, optional = false): T[] {
  const v = o[key];
  if (v === undefined && optional) return undefined as unknown as T[];
  if (!Array.isArray(v)) return fail(path + key, 'must be a list.', 'phải là danh sách.');
  return v.map((x, i) => item(x, `${path}${key}[${i}]`));
}
const textItem = (v: unknown, p: string) => (typeof v === 'string' && v.trim() ? v.trim() : fail(p, 'must be a non-empty text.', 'phải là chuỗi ký tự không rỗng.'));
const objItem = <T>(build: (o: Obj, p: string) => T) => (v: unknown, p: string) => (isObj(v) ? build(v, `${p}.`) : fail(p, 'must be an object.', 'phải là một đối tượng.'));

/**
 * Checks the shape of one record (types, enumerations, dates) and returns it typed; throws INVALID_INPUT naming the
 * first bad field. The rules between fields (code format, shares, overlaps) are planProcedureVersion's.
 */
export function parseProcedureRecord(raw: unknown, path = ''): ProcedureRecord {
  if (!isObj(raw)) return fail(path || 'record', 'must be an object.', 'phải là một đối tượng.');
  const o = raw;
  const decision = o.announcingDecision;
  return {
    code: text(o, 'code', path), validFrom: date(o, 'validFrom', path), validTo: date(o, 'validTo', path, true),
    name: text(o, 'name', path), level: oneOf(o, 'level', path, LEVELS), fieldCode: text(o, 'fieldCode', path), fieldName: text(o, 'fieldName', path),
    competentUnitCodes: list(o, 'competentUnitCodes', path, textItem), receivingUnitCodes: list(o, 'receivingUnitCodes', path, textItem),
    channels: list(o, 'channels', path, (v, p) => (CHANNELS.includes(v as never) ? (v as ProcedureVersion['channels'][number]) : fail(p, `must be one of ${CHANNELS.join(', ')}.`, `phải là một trong ${CHANNELS.join(', ')}.`))),
    onlineLevel: oneOf(o, 'onlineLevel', path, ['full', 'partial', 'none'] as const), onlineReason: text(o, 'onlineReason', path, { nullable: true }) ?? null,
    timeLimit: isObj(o.timeLimit) ? { value: num(o.timeLimit, 'value', `${path}timeLimit.`), unit: oneOf(o.timeLimit, 'unit', `${path}timeLimit.`, TIME_LIMIT_UNITS) } : fail(`${path}timeLimit`, 'must be an object {value, unit}.', 'phải có dạng {value, unit}.'),
    components: list(o, 'components', path, objItem((c, p) => ({
      code: text(c, 'code', p), name: text(c, 'name', p), required: flag(c, 'required', p), copies: num(c, 'copies', p),
      replaceableBy: text(c, 'replaceableBy', p, { nullable: true }) ?? null, note: text(c, 'note', p, { nullable: true }) ?? null, form: text(c, 'form', p, { nullable: true }) ?? null,
    }))),
    fees: list(o, 'fees', path, objItem((f, p) => ({ name: text(f, 'name', p), amountVnd: num(f, 'amountVnd', p), when: oneOf(f, 'when', p, ['before', 'after'] as const), note: text(f, 'note', p, { nullable: true }) ?? null }))),
    resultType: oneOf(o, 'resultType', path, ['paper', 'electronic', 'both'] as const), resultName: text(o, 'resultName', path),
    legalBasis: list(o, 'legalBasis', path, objItem((l, p) => ({ number: text(l, 'number', p), title: text(l, 'title', p), issuedOn: date(l, 'issuedOn', p, true) }))),
    announcingDecision: decision === null || decision === undefined ? null
      : isObj(decision) ? { number: text(decision, 'number', `${path}announcingDecision.`), issuedOn: date(decision, 'issuedOn', `${path}announcingDecision.`), publishedOn: date(decision, 'publishedOn', `${path}announcingDecision.`, true) }
        : fail(`${path}announcingDecision`, 'must be an object or null.', 'phải là đối tượng hoặc null.'),
    steps: list(o, 'steps', path, objItem((s, p) => ({ code: text(s, 'code', p), name: text(s, 'name', p), role: oneOf(s, 'role', p, ['desk_officer', 'unit_officer', 'leader'] as const), sharePercent: num(s, 'sharePercent', p) }))),
    interAgency: oneOf(o, 'interAgency', path, ['none', 'sequential', 'parallel'] as const),
    ...(o.agencySteps !== undefined && o.agencySteps !== null
      ? { agencySteps: list(o, 'agencySteps', path, objItem((a, p) => ({ unitCode: text(a, 'unitCode', p), name: text(a, 'name', p), workingDays: num(a, 'workingDays', p) }))) } : {}),
    supplementClock: oneOf(o, 'supplementClock', path, ['restart', 'pause'] as const),
    clockStartsAfterPayment: flag(o, 'clockStartsAfterPayment', path, false), outsideBoundaryAllowed: flag(o, 'outsideBoundaryAllowed', path, false),
    ...(o.subjects !== undefined ? { subjects: list(o, 'subjects', path, textItem) } : {}),
    ...(o.conditions !== undefined ? { conditions: list(o, 'conditions', path, textItem) } : {}),
  };
}
