// Validates every organisation dataset in data/org/*.json and prints a summary.
// Usage: node data/org/tools/check.mjs [dir]   (dir defaults to data/org; exit code 1 on any error)
// Plain Node ESM, no dependencies.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');

const LEVEL_KINDS = {
  province: ['province', 'city'],
  department: [null],
  service_centre: [null],
  district: ['rural_district', 'urban_district', 'town', 'provincial_city'],
  commune: ['commune', 'ward', 'township', 'special_zone'],
  other: [null],
};
const CODE_PATTERN = {
  province: /^\d{2}$/,
  district: /^\d{3}$/,
  commune: /^\d{5}$/,
  department: /^\d{2}\.[A-Z]+$/,
  service_centre: /^\d{2}\.[A-Z]+$/,
  other: /./,
};
const GSO_LEVELS = new Set(['province', 'district', 'commune']);
const EVENT_KINDS = ['create', 'rename', 'merge', 'split', 'dissolve'];

// Counts that must hold (date -> filter -> expected). Sources: see data/README.md.
const EXPECTED = {
  provinces: [
    ['2025-06-30', (u) => u.level === 'province', 63, 'provinces and centrally-run cities before Resolution 202/2025/QH15'],
    ['2025-07-01', (u) => u.level === 'province', 34, 'provincial units after Resolution 202/2025/QH15'],
    ['2025-07-01', (u) => u.kind === 'city', 6, 'centrally-run cities from 2025-07-01'],
    ['2025-07-01', (u) => u.kind === 'province', 28, 'provinces from 2025-07-01'],
    ['2024-12-31', (u) => u.kind === 'city', 5, 'centrally-run cities before Huế (2025-01-01)'],
  ],
  'demo-province': [
    ['2025-06-30', (u) => u.level === 'district', 12, 'district-level units of Hà Tĩnh before 2025-07-01'],
    ['2025-07-01', (u) => u.level === 'district', 0, 'no district level from 2025-07-01'],
    ['2025-06-30', (u) => u.level === 'commune', 209, 'communes of Hà Tĩnh before the 2025 arrangement'],
    ['2025-07-01', (u) => u.level === 'commune', 69, 'communes of Hà Tĩnh after (1665/NQ-UBTVQH15 Art. 1 cl. 68)'],
    ['2025-07-01', (u) => u.kind === 'commune', 60, 'xã from 2025-07-01'],
    ['2025-07-01', (u) => u.kind === 'ward', 9, 'phường from 2025-07-01'],
    ['2025-02-28', (u) => u.level === 'department', 18, 'departments before the 2025 department merger'],
    ['2025-03-01', (u) => u.level === 'department', 13, 'departments after the 2025 department merger'],
  ],
};

const errors = [];
const err = (ds, msg) => errors.push(`[${ds}] ${msg}`);

function isDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function addDays(s, n) {
  const d = new Date(`${s}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** validFrom null = open start (not recorded); validTo null = still valid. */
const validOn = (u, day) => (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || day <= u.validTo);
const overlaps = (a, b) =>
  (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo) &&
  (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo);

// ---------- load ----------

const datasets = new Map();
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
  let json;
  try {
    json = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
  } catch (e) {
    err(file, `not valid JSON: ${e.message}`);
    continue;
  }
  if (`${json.dataset}.json` !== file) err(file, `"dataset" is "${json.dataset}", expected file name ${file}`);
  for (const f of ['description', 'sources', 'units', 'events']) if (!(f in json)) err(file, `missing "${f}"`);
  datasets.set(json.dataset, json);
}

function resolveRef(ds, ref, where) {
  if (!ref || typeof ref !== 'object' || !ref.dataset || !ref.key) {
    err(ds, `${where}: parentRef must be {dataset, key}`);
    return null;
  }
  const other = datasets.get(ref.dataset);
  if (!other) {
    err(ds, `${where}: parentRef to unknown dataset "${ref.dataset}"`);
    return null;
  }
  const u = other.units.find((x) => x.key === ref.key);
  if (!u) err(ds, `${where}: parentRef ${ref.dataset}/${ref.key} does not exist`);
  return u ?? null;
}

// ---------- per dataset ----------

const summary = [];
for (const [name, ds] of datasets) {
  const units = ds.units ?? [];
  const events = ds.events ?? [];
  const byKey = new Map();

  for (const s of ds.sources ?? []) {
    if (!s.title) err(name, 'a source has no title');
    if (s.issuedOn != null && !isDate(s.issuedOn)) err(name, `source "${s.title}": bad issuedOn ${s.issuedOn}`);
  }

  // units: keys, enums, dates
  for (const u of units) {
    const at = `unit ${u.key ?? JSON.stringify(u.name)}`;
    if (!u.key) err(name, `${at}: missing key`);
    else if (byKey.has(u.key)) err(name, `${at}: duplicate key`);
    else byKey.set(u.key, u);
    if (!u.name) err(name, `${at}: missing name`);
    if (!u.nameEn || /[^\x20-\x7e]/.test(u.nameEn)) err(name, `${at}: nameEn missing or not plain ASCII`);
    if (!(u.level in LEVEL_KINDS)) err(name, `${at}: unknown level ${u.level}`);
    else if (!LEVEL_KINDS[u.level].includes(u.kind ?? null)) err(name, `${at}: kind ${u.kind} not allowed for level ${u.level}`);
    if (u.level in CODE_PATTERN && !CODE_PATTERN[u.level].test(u.code ?? '')) err(name, `${at}: code ${u.code} does not fit level ${u.level}`);
    if (u.validFrom !== null && !isDate(u.validFrom)) err(name, `${at}: bad validFrom ${u.validFrom}`);
    if (u.validTo !== null && !isDate(u.validTo)) err(name, `${at}: bad validTo ${u.validTo}`);
    if (u.validFrom && u.validTo && u.validFrom > u.validTo) err(name, `${at}: validFrom ${u.validFrom} > validTo ${u.validTo}`);
    if ('parentKey' in u && 'parentRef' in u) err(name, `${at}: has both parentKey and parentRef`);
  }

  // parents (same dataset or cross-dataset), parent must not end before the child
  const checkParent = (u, holder, where) => {
    let p = null;
    if (holder.parentKey != null) {
      p = byKey.get(holder.parentKey);
      if (!p) err(name, `${where}: parentKey ${holder.parentKey} does not exist`);
    } else if (holder.parentRef != null) {
      p = resolveRef(name, holder.parentRef, where);
    }
    if (p) {
      const to = holder.validTo === undefined ? u.validTo : holder.validTo;
      if (p.validTo !== null && (to === null || to > p.validTo)) err(name, `${where}: parent ${p.key} ends ${p.validTo}, before the child (${to})`);
      const from = holder.validFrom === undefined ? u.validFrom : holder.validFrom;
      if (p.validFrom !== null && from !== null && from < p.validFrom) err(name, `${where}: parent ${p.key} starts ${p.validFrom}, after the child (${from})`);
    }
  };
  for (const u of units) {
    checkParent(u, u, `unit ${u.key}`);
    for (const [i, h] of (u.parentHistory ?? []).entries()) {
      if (h.validFrom !== null && !isDate(h.validFrom)) err(name, `unit ${u.key}: parentHistory[${i}] bad validFrom`);
      if (h.validTo !== null && !isDate(h.validTo)) err(name, `unit ${u.key}: parentHistory[${i}] bad validTo`);
      checkParent(u, h, `unit ${u.key} parentHistory[${i}]`);
    }
  }

  // a GSO code is held by at most one unit of a level on any day
  const byCode = new Map();
  for (const u of units) {
    const k = `${u.level}|${u.code}`;
    for (const other of byCode.get(k) ?? []) if (overlaps(u, other)) err(name, `code ${u.code} (${u.level}) held by ${other.key} and ${u.key} at the same time`);
    byCode.set(k, [...(byCode.get(k) ?? []), u]);
  }

  // events
  const endedBy = new Map(); // key -> events that end it
  for (const [i, e] of events.entries()) {
    const at = `event #${i} (${e.kind} ${e.date} -> ${(e.successors ?? []).join(',')})`;
    if (!EVENT_KINDS.includes(e.kind)) err(name, `${at}: unknown kind`);
    if (!isDate(e.date)) {
      err(name, `${at}: bad date`);
      continue;
    }
    const preds = e.predecessors ?? [];
    const succs = e.successors ?? [];
    if (!e.legalDoc || !e.legalDoc.number) err(name, `${at}: legalDoc.number missing`);
    else if (e.legalDoc.issuedOn && (!isDate(e.legalDoc.issuedOn) || e.legalDoc.issuedOn > e.date)) err(name, `${at}: legalDoc issuedOn ${e.legalDoc.issuedOn} invalid or after the event`);
    const shape = {
      create: preds.length === 0 && succs.length >= 1,
      rename: preds.length === 1 && succs.length === 1,
      merge: preds.length >= 2 && succs.length === 1,
      split: preds.length === 1 && succs.length >= 2,
      dissolve: preds.length >= 1 && succs.length === 0,
    }[e.kind];
    if (!shape) err(name, `${at}: ${preds.length} predecessor(s) -> ${succs.length} successor(s) does not fit "${e.kind}"`);
    const dayBefore = addDays(e.date, -1);
    for (const k of preds) {
      const u = byKey.get(k);
      if (!u) {
        err(name, `${at}: predecessor ${k} does not exist`);
        continue;
      }
      if (succs.includes(k)) {
        // the unit legally continues through the event
        if (!validOn(u, dayBefore) || !validOn(u, e.date)) err(name, `${at}: continuing unit ${k} must be valid on ${dayBefore} and ${e.date}`);
      } else {
        if (u.validTo !== dayBefore) err(name, `${at}: predecessor ${k} ends ${u.validTo}, expected ${dayBefore}`);
        endedBy.set(k, [...(endedBy.get(k) ?? []), e]);
      }
    }
    for (const k of succs) {
      const u = byKey.get(k);
      if (!u) err(name, `${at}: successor ${k} does not exist`);
      else if (!preds.includes(k) && u.validFrom !== e.date) err(name, `${at}: successor ${k} starts ${u.validFrom}, expected ${e.date}`);
    }
    for (const k of e.partialPredecessors ?? []) if (!preds.includes(k)) err(name, `${at}: partial predecessor ${k} is not a predecessor`);
    // codes are reused from a predecessor (domain.md §8) for GSO-coded merges
    if (e.kind === 'merge' && succs.length === 1) {
      const s = byKey.get(succs[0]);
      if (s && GSO_LEVELS.has(s.level) && !preds.some((k) => byKey.get(k)?.code === s.code)) err(name, `${at}: new code ${s.code} is not the code of any predecessor`);
    }
  }
  // every ended unit is ended by an event dated the day after; a unit ended by several events must be partial in each
  for (const u of units) {
    if (u.validTo === null) continue;
    const evs = endedBy.get(u.key) ?? [];
    if (evs.length === 0) err(name, `unit ${u.key} ends ${u.validTo} but no event ends it`);
    for (const e of evs) if (e.date !== addDays(u.validTo, 1)) err(name, `unit ${u.key} ends ${u.validTo} but event dated ${e.date}`);
    if (evs.length > 1 && evs.some((e) => !(e.partialPredecessors ?? []).includes(u.key))) err(name, `unit ${u.key} is a predecessor of ${evs.length} events but not marked partial in all of them`);
  }

  // expected counts
  const lines = [];
  for (const [day, filter, expected, label] of EXPECTED[name] ?? []) {
    const n = units.filter((u) => validOn(u, day) && filter(u)).length;
    if (n !== expected) err(name, `${label}: ${n} valid on ${day}, expected ${expected}`);
    lines.push(`    ${String(n).padStart(4)} on ${day}  ${label}${n === expected ? '' : `  (EXPECTED ${expected})`}`);
  }
  const byLevel = {};
  for (const u of units) byLevel[u.level] = (byLevel[u.level] ?? 0) + 1;
  const byKind = {};
  for (const e of events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  summary.push(
    `  ${name}: ${units.length} units (${Object.entries(byLevel).map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
      `${events.length} events (${Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', ')}), ${(ds.sources ?? []).length} sources`,
    ...lines,
  );
}

console.log(`data/org: ${datasets.size} dataset(s)`);
for (const l of summary) console.log(l);
if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log(`  ${e}`);
  process.exit(1);
}
console.log('\nOK: keys unique, dates valid, references resolve, events consistent, counts as expected.');
