/**
 * Working-day calendar throughput: due dates and elapsed working time for 1,000,000 random receipts in 2024–2026.
 * Run: npx tsx bench/calendar.bench.ts   (goal: ≥ 200,000 calls per second for each operation)
 */
import seed from '../data/calendar/schedules.json' with { type: 'json' };
import {
  buildWorkingCalendar, computeDueAtWorkingHours, computeDueDate, DEFAULT_WORKING_HOURS as hours, localToInstant,
  parseAnnouncedSchedules, workingTimeBetween,
} from '../src/domain/calendar/index';

const N = 1_000_000;
const GOAL = 200_000;

/** Small deterministic PRNG (mulberry32), so every run measures the same inputs. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const buildStart = performance.now();
const calendar = buildWorkingCalendar({ schedules: parseAnnouncedSchedules(seed), fromYear: 2024, toYear: 2026 });
const buildMs = performance.now() - buildStart;

const rnd = random(20_240_202);
const from = localToInstant('2024-01-01', 0);
const span = localToInstant('2027-01-01', 0) - from;
const receivedAt = new Float64Array(N);
const workingDays = new Float64Array(N);
const laterBy = new Float64Array(N);
for (let i = 0; i < N; i++) {
  receivedAt[i] = Math.floor(from + rnd() * span);
  workingDays[i] = Math.floor(rnd() * 61) / 2; // 0 … 30 working days, in halves
  laterBy[i] = Math.floor(rnd() * 60 * 86_400_000); // elapsed-time window up to 60 calendar days
}

function measure(name: string, run: (i: number) => number, n = N): number {
  for (let i = 0; i < 50_000; i++) run(i); // warm-up (also grows the table into 2027 where needed)
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) sink += run(i);
  const ms = performance.now() - start;
  const perSecond = Math.round((n / ms) * 1000);
  const verdict = perSecond >= GOAL ? 'OK' : 'BELOW GOAL';
  const rate = perSecond.toLocaleString('en-US').padStart(11);
  console.log(`${name.padEnd(34)} ${rate} calls/s  ${(ms / 1000).toFixed(2)} s  ${verdict}  (checksum ${Math.round(sink) % 997})`);
  return perSecond;
}

/**
 * The reference, measured in the same run: the obvious implementation a one-stop system would write — walk forward
 * day by day from the receipt date and look each date up in the same calendar (dayInfo), counting working days.
 */
function naiveDueDay(i: number): number {
  let day = Math.floor((receivedAt[i] + 7 * 3_600_000) / 86_400_000);
  let left = Math.ceil(workingDays[i]);
  while (left > 0) {
    day += 1;
    if (calendar.dayInfo(new Date(day * 86_400_000).toISOString().slice(0, 10)).working) left -= 1;
  }
  return day;
}

console.log(`calendar build 2024–2026: ${buildMs.toFixed(1)} ms; ${N.toLocaleString('en-US')} random receipts in 2024–2026`);
const reference = measure('reference: naive day-by-day walk', naiveDueDay, N / 10);
const fast = measure('computeDueDate', (i) => computeDueDate({ receivedAt: receivedAt[i], workingDays: workingDays[i], calendar, hours }).dueAt);
console.log(`computeDueDate / reference: ${(fast / reference).toFixed(1)}×`);
measure('workingTimeBetween', (i) =>
  workingTimeBetween({ from: receivedAt[i], to: receivedAt[i] + laterBy[i], calendar, hours }).workingMinutes);
measure('workingTimeBetween + 2 exclusions', (i) => {
  const a = receivedAt[i];
  const excluded = [{ from: a + laterBy[i] / 4, to: a + laterBy[i] / 2 }, { from: a + laterBy[i] / 3, to: a + laterBy[i] / 1.5 }];
  return workingTimeBetween({ from: a, to: a + laterBy[i], excluded, calendar, hours }).workingMinutes;
});
measure('computeDueAtWorkingHours (8 h)', (i) =>
  computeDueAtWorkingHours({ receivedAt: receivedAt[i], workingHours: 8, calendar, hours }).dueAt);
