import { buildWorkingCalendar } from '../domain/calendar/working-calendar.js';
import { DEFAULT_WORKING_HOURS } from '../domain/calendar/working-hours.js';
import type { DecideContext, DossierActor } from '../domain/dossiers/decide-dossier-action.js';
import type { Dossier } from '../domain/dossiers/dossier-types.js';
import type { OpenDossierInput } from '../domain/dossiers/open-dossier.js';
import type { ProcedureVersion } from '../domain/procedures/procedure-types.js';
import { readShippedSchedules } from '../app/seed/load-calendar-schedules.js';
import { localToInstant } from '../domain/shared/local-date.js';

const calendar = buildWorkingCalendar({ schedules: readShippedSchedules(), fromYear: 2023, toYear: 2027 });

/** A procedure version with sensible defaults: 5 working days, four steps, restart after supplement. */
export function buildProcedureVersion(over: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    id: 'pv1', procedureId: 'p1', code: '1.001193', version: 1, validFrom: '2025-07-01', validTo: null,
    name: 'Đăng ký khai sinh', level: 'commune', fieldCode: 'HT', fieldName: 'Hộ tịch',
    competentUnitIds: ['commune'], receivingUnitIds: ['commune'], channels: ['in_person', 'online', 'postal'],
    onlineLevel: 'full', onlineReason: null, timeLimit: { value: 5, unit: 'working_days' },
    components: [
      { code: 'TK', name: 'Tờ khai đăng ký khai sinh', required: true, copies: 1, replaceableBy: null },
      { code: 'GCS', name: 'Giấy chứng sinh', required: true, copies: 1, replaceableBy: null },
      { code: 'UQ', name: 'Văn bản ủy quyền', required: false, copies: 1, replaceableBy: null },
    ],
    fees: [], resultType: 'both', resultName: 'Giấy khai sinh', legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20' }],
    announcingDecision: null, interAgency: 'none', supplementClock: 'restart', clockStartsAfterPayment: false, outsideBoundaryAllowed: false,
    steps: [
      { code: 'receive', name: 'Tiếp nhận', role: 'desk_officer', sharePercent: 10 },
      { code: 'appraise', name: 'Thẩm định', role: 'unit_officer', sharePercent: 60 },
      { code: 'approve', name: 'Phê duyệt', role: 'leader', sharePercent: 20 },
      { code: 'result', name: 'Trả kết quả', role: 'desk_officer', sharePercent: 10 },
    ],
    ...over,
  };
}

/** An actor of the commune with the given roles (or the system). */
export function buildActor(roles: DossierActor['roles'] = ['desk_officer', 'unit_officer', 'leader'], kind: DossierActor['kind'] = 'user'): DossierActor {
  return { kind, userId: 'u1', name: 'canboxa', roles, mayActFor: (unitId) => unitId === 'commune' };
}

/** A decision context at a local (UTC+7) date and time. */
export function buildContext(date: string, time = '09:00', over: Partial<DecideContext> = {}): DecideContext {
  const [h, m] = time.split(':').map(Number);
  let n = 0;
  return { now: localToInstant(date, h * 60 + m), actor: buildActor(), procedure: buildProcedureVersion(), clock: { calendar, hours: DEFAULT_WORKING_HOURS }, enforceDeadlines: true, newId: () => `id${++n}`, ...over };
}

export function buildOpenInput(over: Partial<OpenDossierInput> = {}): OpenDossierInput {
  return {
    id: 'd1', code: '18754-260302-0001', procedure: buildProcedureVersion(), channel: 'in_person',
    receptionUnitId: 'commune', receivingUnitId: 'commune', competentUnitId: 'commune',
    applicant: { kind: 'person', name: 'Nguyễn Văn A', idNumber: '042090001234', phone: '0912345678', email: null, address: 'Hà Tĩnh' },
    components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }], decision: 'receive', ...over,
  };
}

/** The calendar (shipped 2023–2027 schedules) and default office hours every dossier test counts with. */
export const testClock: DecideContext['clock'] = { calendar, hours: DEFAULT_WORKING_HOURS };

/** Epoch ms of a wall-clock time in Vietnam (UTC+7): `vnAt('2026-03-02', '09:00')`. */
export function vnAt(date: string, time = '09:00'): number {
  const [h, m] = time.split(':').map(Number);
  return localToInstant(date, h * 60 + m);
}

/** An instant written in Vietnam time (`2026-03-09 17:00`), to make assertions readable. */
export function vnText(instant: number | null): string | null {
  return instant === null ? null : new Date(instant + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A user with `roles` whose scope is exactly `units`; a citizen has no unit scope. */
export function buildUnitActor(roles: DossierActor['roles'], units: readonly string[] = ['commune']): DossierActor {
  return { kind: 'user', userId: `u-${roles.join('-')}`, name: roles.join('+'), roles, mayActFor: (unitId) => units.includes(unitId) };
}

/** The system (scheduled jobs, legacy import): no roles, every scope. */
export const systemActor: DossierActor = { kind: 'system', userId: null, name: 'system', roles: [], mayActFor: () => true };

/** A dossier in any state without walking the lifecycle (for table and guard tests); received Mon 2 Mar 2026 08:00, due 9 Mar 17:00. */
export function buildDossier(over: Partial<Dossier> = {}): Dossier {
  const receivedAt = localToInstant('2026-03-02', 8 * 60);
  const dueAt = localToInstant('2026-03-09', 17 * 60);
  return {
    id: 'd1', code: '18754-260302-0001', procedureVersionId: 'pv1', procedureCode: '1.001193', channel: 'in_person',
    receptionUnitId: 'commune', receivingUnitId: 'commune', competentUnitId: 'commune', outsideBoundary: false,
    applicant: { kind: 'person', name: 'Nguyễn Văn A', idNumber: '042090001234', phone: '0912345678', email: null, address: 'Hà Tĩnh' },
    status: 'processing', stepIndex: 1, assigneeId: null, submittedAt: receivedAt, receivedAt, dueAt, originalDueAt: dueAt,
    extendedDueAt: null, pendingExtension: null, supplementCount: 0, waitingSince: null, resumeStatus: null, consultations: [], tasks: [],
    outcome: null, endedAt: null, deliveredAt: null, resultNote: null, version: 3, ...over,
  };
}
