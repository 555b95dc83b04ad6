/**
 * Bench data for bench/statistics.bench.ts (not a benchmark itself): a synthetic province ("Tỉnh Đo Tải", code BQ) with
 * 30 departments, a public service centre and 220 communes (250 competent agencies), a catalogue of 1,800 procedures in
 * 40 fields, and a deterministic year of dossiers as legacy NDJSON lines (the import's exchange format,
 * replay-legacy-dossier.ts) with about 8 stored events each: the receipt, 1–5 assignments, an online fee payment, up to
 * two supplement rounds, an apology with a new date for some late ones, the end and the delivery.
 */
import type { ImportCatalogue } from '../src/app/dossiers/load-import-catalogue';
import type { ProcedureDataset } from '../src/app/procedures/load-procedure-datasets';
import { CHANNEL_SHARE, dailyVolumes, seededRandom } from '../src/app/seed/demo-dossier-profile';
import { workingMomentOn } from '../src/app/seed/demo-dossier-story';
import type { WorkingCalendar } from '../src/domain/calendar/working-calendar';
import { appointmentAfterPause, appointmentFor, type DossierClock } from '../src/domain/dossiers/dossier-clock';
import { formatDossierCode } from '../src/domain/dossiers/dossier-code';
import type { LegacyEventType } from '../src/domain/dossiers/replay-legacy-dossier';
import { legacyInstant } from '../src/domain/dossiers/to-legacy-line';
import type { OrgDataset } from '../src/domain/org/org-dataset';
import type { OrgUnit } from '../src/domain/org/org-types';
import { buildProcedureRecord } from '../src/domain/procedures/procedure.fixtures';
import type { DossierChannel, ProcedureVersion } from '../src/domain/procedures/procedure-types';
import { epochDayOfInstant, localToInstant, MINUTE_MS, toEpochDay, type LocalDate } from '../src/domain/shared/local-date';

export const PROVINCE = 'BQ';
export const DEPARTMENTS = 30;
export const COMMUNES = 220;
export const FIELDS = 40;
/** Fields F01–F34 belong to the departments (F(i) to department ((i - 1) mod 30) + 1), F35–F40 to the communes. */
export const DEPARTMENT_FIELDS = 34;
export const PROCEDURES = 1800;
export const COMMUNE_PROCEDURES = 150;

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const departmentCode = (i: number) => `${PROVINCE}.S${pad(i, 2)}`;
export const communeCode = (i: number) => `${PROVINCE}${pad(i, 3)}`;
const fieldCode = (i: number) => `F${pad(i, 2)}`;

/** The organisation: one province, its service centre, 30 departments and 220 communes, none changing. */
export function benchOrgDataset(): OrgDataset {
  const parent = { parentKey: 'P' };
  return {
    dataset: 'bench-province',
    units: [
      { key: 'P', code: PROVINCE, name: 'Tỉnh Đo Tải', level: 'province', kind: 'province', validFrom: '2000-01-01', validTo: null },
      { key: 'HCC', code: `${PROVINCE}.HCC`, name: 'Trung tâm Phục vụ hành chính công', level: 'service_centre', validFrom: '2000-01-01', validTo: null, ...parent },
      ...Array.from({ length: DEPARTMENTS }, (_, i) => ({ key: `S${i + 1}`, code: departmentCode(i + 1), name: `Sở số ${i + 1}`, level: 'department' as const, validFrom: '2000-01-01', validTo: null, ...parent })),
      ...Array.from({ length: COMMUNES }, (_, i) => ({ key: `X${i + 1}`, code: communeCode(i + 1), name: `Xã số ${i + 1}`, level: 'commune' as const, kind: 'commune', validFrom: '2000-01-01', validTo: null, ...parent })),
    ],
    events: [],
  };
}

/**
 * 1,800 procedures from 2024-01-01: 1,650 provincial ones (received at the service centre, one department competent,
 * fields F01–F34) and 150 commune ones (every commune, fields F35–F40); time limits from the same day to 30 working
 * days, a third pausing the clock for supplements, a quarter with a fee, a fifth with a paper-only result.
 */
export function benchProcedureDataset(): ProcedureDataset {
  const procedures = Array.from({ length: PROCEDURES }, (_, i) => {
    const commune = i >= PROCEDURES - COMMUNE_PROCEDURES;
    const field = commune ? DEPARTMENT_FIELDS + 1 + (i % (FIELDS - DEPARTMENT_FIELDS)) : 1 + (i % DEPARTMENT_FIELDS);
    const days = [0, 1, 3, 5, 7, 10, 15, 20, 30][i % 9];
    return buildProcedureRecord({
      code: `9.${pad(i + 1, 6)}`, name: `Thủ tục đo tải số ${i + 1}`, validFrom: '2024-01-01', level: commune ? 'commune' : 'province',
      fieldCode: fieldCode(field), fieldName: `Lĩnh vực ${pad(field, 2)}`,
      competentUnitCodes: commune ? ['*commune*'] : [departmentCode(((field - 1) % DEPARTMENTS) + 1)],
      receivingUnitCodes: commune ? ['*commune*'] : [`${PROVINCE}.HCC`],
      timeLimit: days === 0 ? { value: 0, unit: 'same_day' } : { value: days, unit: 'working_days' },
      supplementClock: i % 3 === 0 ? 'pause' : 'restart',
      fees: [{ name: 'Lệ phí', amountVnd: i % 4 === 0 ? 50_000 : 0, when: 'before', note: null }],
      resultType: i % 5 === 0 ? 'paper' : 'both', outsideBoundaryAllowed: false,
    });
  });
  return { dataset: 'bench-procedures', provinceCode: PROVINCE, procedures };
}

export type ProvinceYearInput = { count: number; seed: number; from: LocalDate; to: LocalDate; now: number; catalogue: ImportCatalogue; calendar: WorkingCalendar };

/** Cumulative weights for a binary-search pick (1,800 procedures × 1M dossiers: a linear pick is too slow). */
function picker<T>(items: T[], weights: number[]): (r: number) => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  weights.forEach((w, i) => { total += w; cumulative[i] = total; });
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] > x) hi = mid; else lo = mid + 1; }
    return items[lo];
  };
}

const REASON = { supplement: 'Thiếu bản sao giấy tờ tùy thân', withdrawn: 'Công dân xin rút hồ sơ', stopped: 'Dừng xử lý theo đề nghị', refused: 'Không đủ điều kiện theo quy định' };

/**
 * N dossiers received on the working days of [from, to] (none after `now`), ~55 % at the communes, as legacy lines;
 * events after `now` have not happened (the dossier is open). About 2 % never end (open, soon overdue).
 */
export function* provinceYearLines(x: ProvinceYearInput): Generator<string> {
  const random = seededRandom(x.seed);
  const { history, versions, clockFor } = x.catalogue;
  const communes: OrgUnit[] = [...history.units.values()].filter((u) => u.level === 'commune').sort((a, b) => a.code.localeCompare(b.code));
  const pickCommune = picker(communes, communes.map((_, i) => 0.3 + ((i * 7919) % 97) / 40));
  const hcc = [...history.units.values()].find((u) => u.code === `${PROVINCE}.HCC`)!;
  const communeVersions = versions.filter((v) => v.level === 'commune');
  const provinceVersions = versions.filter((v) => v.level !== 'commune');
  // Zipf-like popularity inside each level.
  const pickCommuneVersion = picker(communeVersions, communeVersions.map((_, i) => 1 / Math.pow(1 + ((i * 31) % communeVersions.length), 0.8)));
  const pickProvinceVersion = picker(provinceVersions, provinceVersions.map((_, i) => 1 / Math.pow(1 + ((i * 37) % provinceVersions.length), 0.8)));
  const channels: DossierChannel[] = ['online', 'in_person', 'postal'];
  const pickChannel = picker(channels, channels.map((c) => CHANNEL_SHARE[c]));
  const first = toEpochDay(x.from);
  const last = Math.min(toEpochDay(x.to), epochDayOfInstant(x.now));
  for (const { day, n } of dailyVolumes(x.calendar, first, last, x.count, () => 0.85 + 0.3 * random())) {
    const receipts = Array.from({ length: n }, () => {
      const commune = random() < 0.55;
      const v = commune ? pickCommuneVersion(random()) : pickProvinceVersion(random());
      const agency = commune ? pickCommune(random()) : history.units.get(v.competentUnitIds[0])!;
      const desk = commune ? agency : hcc;
      const clock = clockFor(agency.id, v);
      let receivedAt = workingMomentOn(day, clock, random);
      if (receivedAt > x.now) receivedAt = x.now - 60 * MINUTE_MS;
      return { v, agency, desk, channel: pickChannel(random()), clock, receivedAt };
    }).sort((a, b) => a.receivedAt - b.receivedAt);
    const sequence = new Map<string, number>();
    for (const r of receipts) {
      const number = (sequence.get(r.desk.code) ?? 0) + 1;
      sequence.set(r.desk.code, number);
      const { dueAt, events } = story(r.v, r.receivedAt, r.clock, x.now, random);
      yield JSON.stringify({
        code: formatDossierCode(r.desk.code, r.receivedAt, number), procedureCode: r.v.code, receivingUnitCode: r.desk.code, competentUnitCode: r.agency.code,
        channel: r.channel, receivedAt: legacyInstant(r.receivedAt), dueAt: legacyInstant(dueAt), events,
      });
    }
  }
}

type Event = { type: LegacyEventType; at: number; dueAt?: number; reason?: string };

/** One dossier's legacy events (the receipt is the line itself), appointments from the real calendar as the replay computes them. */
function story(v: ProcedureVersion, receivedAt: number, clock: DossierClock, now: number, random: () => number) {
  const { calendar } = clock;
  const later = (after: number, days: number) => Math.max(workingMomentOn(calendar.addWorkingEpochDays(epochDayOfInstant(after), days), clock, random), after + (5 + Math.floor(random() * 55)) * MINUTE_MS);
  const between = (a: number, b: number) => Math.min(b, later(a, Math.floor(random() * (Math.max(0, calendar.countWorkingDays(epochDayOfInstant(a), epochDayOfInstant(b))) + 1))));
  const events: Event[] = [];
  let last = receivedAt;
  const push = (type: LegacyEventType, at: number, extra: Partial<Event> = {}) => { last = Math.max(at, last + MINUTE_MS); events.push({ type, at: last, ...extra }); };
  const dueAt = appointmentFor(v.timeLimit, receivedAt, clock);
  let due = dueAt;
  const assignments = 1 + Math.floor(random() * 5);
  for (let k = 0; k < assignments; k++) push('assigned', later(last, k === 0 ? 0 : Math.floor(random() * 2)));
  if (random() < 0.5) {
    push('payment_requested', later(last, 0));
    const asked = last;
    push('paid', later(asked, random() < 0.7 ? 0 : 1));
    due = appointmentAfterPause(due, asked, last, clock);
  }
  const end = random();
  if (end < 0.03) push('withdrawn', between(last, due), { reason: REASON.withdrawn });
  else if (end < 0.05) push('stopped', between(last, due), { reason: REASON.stopped });
  else if (end < 0.06) push('supplement_requested', later(last, 1), { reason: REASON.supplement }); // never completed: open, waiting
  else if (end < 0.07) { /* never ends: open, soon overdue */ } else {
    const rounds = random() < 0.35 ? 1 : random() < 0.15 ? 2 : 0;
    for (let k = 0; k < rounds; k++) {
      push('supplement_requested', later(last, Math.floor(random() * 3)), { reason: REASON.supplement });
      const asked = last;
      push('supplement_completed', later(asked, 1 + Math.floor(random() * random() * 10)));
      due = v.supplementClock === 'restart' ? appointmentFor(v.timeLimit, last, clock) : appointmentAfterPause(due, asked, last, clock);
    }
    const timing = random();
    const dueDay = epochDayOfInstant(due);
    let endAt: number;
    if (timing < 0.15) {
      const lateDays = 1 + Math.floor(random() * 5);
      if (random() < 0.4) push('extended', between(last, due - MINUTE_MS), { dueAt: appointmentFor({ value: lateDays + 1, unit: 'working_days' }, due, clock), reason: 'Xin lỗi, hẹn lại' });
      endAt = later(due, lateDays);
    } else if (timing < 0.4 || calendar.countWorkingDays(epochDayOfInstant(last), dueDay) < 1) {
      endAt = between(Math.max(last, localToInstant(dueDay, 0)), due - MINUTE_MS);
    } else {
      endAt = between(last, localToInstant(calendar.addWorkingEpochDays(dueDay, -1), clock.hours.afternoon.end));
    }
    const refused = random() < 0.05;
    push(refused ? 'refused' : 'resolved', endAt, refused ? { reason: REASON.refused } : {});
    if (random() < 0.9) push('delivered', later(last, Math.floor(random() * 3)));
  }
  return {
    dueAt,
    events: events.filter((e) => e.at <= now).map((e) => ({
      type: e.type, at: legacyInstant(e.at), ...(e.dueAt !== undefined ? { dueAt: legacyInstant(e.dueAt) } : {}), ...(e.reason ? { reason: e.reason } : {}),
    })),
  };
}
