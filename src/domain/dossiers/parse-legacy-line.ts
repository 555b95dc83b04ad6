import { DomainError, invalidInput } from '../errors.js';
import { isLocalDate } from '../shared/local-date.js';
import { LEGACY_EVENT_TYPES, type LegacyDossierLine, type LegacyEventType } from './replay-legacy-dossier.js';

const CHANNELS: readonly string[] = ['in_person', 'online', 'postal'];
const EVENT_TYPES: readonly string[] = LEGACY_EVENT_TYPES;
/** ISO 8601 date-time with an explicit offset (Z or ±hh:mm), seconds and fractions optional. */
const INSTANT = /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/;
/** Upper bounds that keep one line's history sane (a dossier has a dozen events, not thousands). */
export const LEGACY_LIMITS = { code: 80, unitCode: 40, procedureCode: 40, reason: 2000, events: 200 } as const;

type Raw = Record<string, unknown>;

/** The error for a line, carrying the dossier code when the line had a readable one (the import reports it). */
function bad(raw: Raw | null, field: string, message: string, messageVi: string): DomainError {
  const code = raw && typeof raw.code === 'string' ? raw.code : null;
  return invalidInput(field, message, messageVi, { dossierCode: code });
}

function text(raw: Raw, field: string, max: number): string {
  const value = raw[field];
  if (typeof value !== 'string' || !value.trim()) throw bad(raw, field, `${field} is required (a non-empty string).`, `Thiếu ${field} (chuỗi không rỗng).`);
  if (value.length > max) throw bad(raw, field, `${field} is longer than ${max} characters.`, `${field} dài quá ${max} ký tự.`);
  return value.trim();
}

function instant(root: Raw, value: unknown, field: string): string {
  // The date part is checked apart: Date.parse rolls 30 February over to March.
  if (typeof value !== 'string' || !INSTANT.test(value) || !isLocalDate(value.slice(0, 10)) || !Number.isFinite(Date.parse(value))) {
    throw bad(root, field, `${field} must be an ISO 8601 date-time with offset, e.g. 2026-03-02T09:15:00+07:00.`, `${field} phải là thời điểm ISO 8601 có múi giờ, ví dụ 2026-03-02T09:15:00+07:00.`);
  }
  return value;
}

function event(root: Raw, value: unknown, i: number): LegacyDossierLine['events'][number] {
  const field = `events[${i}]`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(root, field, `${field} must be an object.`, `${field} phải là một đối tượng.`);
  const e = value as Raw;
  if (typeof e.type !== 'string' || !EVENT_TYPES.includes(e.type)) {
    throw bad(root, `${field}.type`, `${field}.type must be one of ${LEGACY_EVENT_TYPES.join(', ')}.`, `${field}.type phải là một trong ${LEGACY_EVENT_TYPES.join(', ')}.`);
  }
  const out: LegacyDossierLine['events'][number] = { type: e.type as LegacyEventType, at: instant(root, e.at, `${field}.at`) };
  if (e.dueAt !== undefined && e.dueAt !== null) out.dueAt = instant(root, e.dueAt, `${field}.dueAt`);
  if (e.reason !== undefined && e.reason !== null) {
    if (typeof e.reason !== 'string' || e.reason.length > LEGACY_LIMITS.reason) {
      throw bad(root, `${field}.reason`, `${field}.reason must be a string of at most ${LEGACY_LIMITS.reason} characters.`, `${field}.reason phải là chuỗi tối đa ${LEGACY_LIMITS.reason} ký tự.`);
    }
    if (e.reason.trim()) out.reason = e.reason.trim();
  }
  return out;
}

/**
 * One line of the legacy NDJSON exchange format, shape-checked: every required field present with its type, times in
 * ISO 8601 with an offset, known channel and event types. Throws INVALID_INPUT naming the field (`details.field`) and,
 * when readable, the dossier code (`details.dossierCode`). Order and meaning of the events are the replay's business
 * (replay-legacy-dossier.ts); which units and procedure version the codes name is the import's.
 * The format is fixed (other tools depend on it); unknown extra fields are ignored for forward compatibility.
 */
export function parseLegacyLine(line: string): LegacyDossierLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw invalidInput('line', `The line is not valid JSON (${(error as Error).message}).`, 'Dòng không phải JSON hợp lệ.', { dossierCode: null });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(null, 'line', 'Each line must be one JSON object (one dossier).', 'Mỗi dòng phải là một đối tượng JSON (một hồ sơ).');
  const raw = value as Raw;
  const code = text(raw, 'code', LEGACY_LIMITS.code);
  const procedureCode = text(raw, 'procedureCode', LEGACY_LIMITS.procedureCode);
  const receivingUnitCode = text(raw, 'receivingUnitCode', LEGACY_LIMITS.unitCode);
  const competentUnitCode = text(raw, 'competentUnitCode', LEGACY_LIMITS.unitCode);
  if (typeof raw.channel !== 'string' || !CHANNELS.includes(raw.channel)) {
    throw bad(raw, 'channel', 'channel must be in_person, online or postal.', 'channel phải là in_person, online hoặc postal.');
  }
  const receivedAt = instant(raw, raw.receivedAt, 'receivedAt');
  const dueAt = instant(raw, raw.dueAt, 'dueAt');
  const events = raw.events ?? [];
  if (!Array.isArray(events)) throw bad(raw, 'events', 'events must be an array.', 'events phải là một mảng.');
  if (events.length > LEGACY_LIMITS.events) throw bad(raw, 'events', `A dossier has at most ${LEGACY_LIMITS.events} events.`, `Một hồ sơ có tối đa ${LEGACY_LIMITS.events} sự kiện.`);
  return {
    code, procedureCode, receivingUnitCode, competentUnitCode, channel: raw.channel as LegacyDossierLine['channel'],
    receivedAt, dueAt, events: events.map((e, i) => event(raw, e, i)),
  };
}
