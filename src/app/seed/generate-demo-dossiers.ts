import type { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { formatDossierCode } from '../../domain/dossiers/dossier-code.js';
import type { LegacyDossierLine } from '../../domain/dossiers/replay-legacy-dossier.js';
import { legacyInstant } from '../../domain/dossiers/to-legacy-line.js';
import { isValidOn, type OrgUnit } from '../../domain/org/org-types.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { addDays, dayOfWeekOfEpochDay, epochDayOfInstant, fromEpochDay, localToInstant, MINUTE_MS, toEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { loadImportCatalogue, type ImportCatalogue } from '../dossiers/load-import-catalogue.js';
import { CHANNEL_SHARE, dailyVolumes, DEPARTMENT_SHARE, MONTH_VOLUME, pickWeighted, popularityOf, seededRandom, WEEKDAY_VOLUME } from './demo-dossier-profile.js';
import { demoStory, workingMomentOn } from './demo-dossier-story.js';

export type DemoYearOptions = {
  /** How many dossiers, spread over the working days of the range. */
  count: number;
  seed?: number;
  /** Local receipt dates, inclusive; default the year up to today. No receipt after `now`. */
  from?: LocalDate;
  to?: LocalDate;
};
export type DemoYearInput = Required<DemoYearOptions> & { catalogue: ImportCatalogue; calendar: WorkingCalendar; now: number };
type Desk = { desk: OrgUnit; agency: OrgUnit; weight: number };

/** FNV-1a hash of a text, to give each unit its own stable size whatever the order units are met in. */
const hash = (text: string) => { let h = 0x811c9dc5; for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193); return h >>> 0; };

/** The default range: the year that ends today. */
export function demoRange(now: number, o: { from?: LocalDate; to?: LocalDate } = {}): { from: LocalDate; to: LocalDate } {
  const to = o.to ?? fromEpochDay(epochDayOfInstant(now));
  return { from: o.from ?? addDays(to, -364), to };
}

/**
 * A deterministic demo year of dossiers as legacy NDJSON lines (the import's format, so the demo goes through the same
 * import): receipts on working days only (make-up Saturdays included, holidays excluded) weighted by weekday and month,
 * procedures by popularity among the versions in force that day, communes by a stable size, channels among those the
 * procedure allows, a code per desk and day (Circular 01/2018/TT-VPCP Art. 19) and a story per dossier (demoStory).
 */
export function* demoDossierLines(x: DemoYearInput): Generator<string> {
  const random = seededRandom(x.seed);
  const { history, versions, clockFor } = x.catalogue;
  const unitWeight = (u: OrgUnit) => { const r = seededRandom(x.seed ^ hash(u.code)); return 0.3 + Math.exp((r() + r() + r() - 1.5) * 1.2); };
  const first = toEpochDay(x.from);
  const last = Math.min(toEpochDay(x.to), epochDayOfInstant(x.now));
  const volumes = dailyVolumes(x.calendar, first, last, x.count, (d) => WEEKDAY_VOLUME[dayOfWeekOfEpochDay(d)] * MONTH_VOLUME[Number(fromEpochDay(d).slice(5, 7))] * (0.85 + 0.3 * random()));
  for (const { day, n } of volumes) {
    const date = fromEpochDay(day);
    const offer = versions.filter((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo))
      .map((v) => ({ v, desks: desksOf(v, date) })).filter((o) => o.desks.length);
    if (!offer.length) continue;
    const receipts = Array.from({ length: n }, () => {
      const { v, desks } = pickWeighted(offer, offer.map((o) => popularityOf(o.v)), random);
      const { desk, agency } = pickWeighted(desks, desks.map((d) => d.weight), random);
      const channel = pickWeighted(v.channels, v.channels.map((c) => CHANNEL_SHARE[c]), random);
      const clock = clockFor(agency.id, v);
      let receivedAt = workingMomentOn(day, clock, random);
      const opening = localToInstant(day, clock.hours.morning.start);
      if (receivedAt > x.now) receivedAt = opening + Math.floor((random() * Math.max(0, x.now - opening)) / MINUTE_MS) * MINUTE_MS;
      return { v, desk, agency, channel, clock, receivedAt };
    }).sort((a, b) => a.receivedAt - b.receivedAt);
    const sequence = new Map<string, number>();
    for (const r of receipts) {
      const number = (sequence.get(r.desk.code) ?? 0) + 1;
      sequence.set(r.desk.code, number);
      const { dueAt, events } = demoStory({ procedure: r.v, channel: r.channel, receivedAt: r.receivedAt, clock: r.clock, now: x.now, random });
      const line: LegacyDossierLine = {
        code: formatDossierCode(r.desk.code, r.receivedAt, number), procedureCode: r.v.code, receivingUnitCode: r.desk.code, competentUnitCode: r.agency.code,
        channel: r.channel, receivedAt: legacyInstant(r.receivedAt), dueAt: legacyInstant(dueAt), events,
      };
      yield JSON.stringify(line);
    }
  }

  /** Where a version is handled on `date`: each competent unit at its own desk, or a department through the service centre. */
  function desksOf(v: ProcedureVersion, date: LocalDate): Desk[] {
    const valid = (id: string) => { const u = history.units.get(id); return u && isValidOn(u, date) ? u : undefined; };
    const own: Desk[] = [];
    const through: Array<Omit<Desk, 'weight'>> = [];
    for (const id of v.competentUnitIds) {
      const agency = valid(id);
      if (!agency) continue;
      if (v.receivingUnitIds.includes(id)) { own.push({ desk: agency, agency, weight: unitWeight(agency) }); continue; }
      const desk = v.receivingUnitIds.map(valid).find((u) => u && u.level !== 'commune') ?? agency;
      through.push({ desk, agency });
    }
    const ownTotal = own.reduce((a, d) => a + d.weight, 0);
    const share = own.length ? (ownTotal * DEPARTMENT_SHARE) / (1 - DEPARTMENT_SHARE) / Math.max(1, through.length) : 1;
    return [...own, ...through.map((d) => ({ ...d, weight: share }))];
  }
}

/** Loads what the generator needs (outside any transaction) and returns its lines with the range it covers. */
export async function generateDemoDossiers(ctx: AppContext, o: DemoYearOptions): Promise<{ lines: Iterable<string>; from: LocalDate; to: LocalDate }> {
  const now = ctx.now().getTime();
  const { from, to } = demoRange(now, o);
  const catalogue = await loadImportCatalogue(ctx);
  const { calendar } = await loadWorkingCalendar(ctx);
  return { lines: demoDossierLines({ count: o.count, seed: o.seed ?? 42, from, to, catalogue, calendar, now }), from, to };
}
