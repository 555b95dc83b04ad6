import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { parseDossierCode } from '../../domain/dossiers/dossier-code.js';
import { parseLegacyLine } from '../../domain/dossiers/parse-legacy-line.js';
import { replayLegacyDossier } from '../../domain/dossiers/replay-legacy-dossier.js';
import { resolveLegacyLine } from '../../domain/dossiers/resolve-legacy-line.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import { instantToLocal, isLocalDate, localDateOf } from '../../domain/shared/local-date.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { dossierExchangeRepository, type CodeSequence } from '../../store/repositories/dossier-exchange.repository.js';
import { recordImportedStatistics } from '../statistics/record-imported-statistics.js';
import { dossierImportRepository, type ImportedDossier } from '../../store/repositories/dossier-import.repository.js';
import { maintenanceRepository } from '../../store/repositories/maintenance.repository.js';
import type { AppContext } from '../app-context.js';
import { exchangeScope, loadImportCatalogue } from './load-import-catalogue.js';

export type ImportLineError = { line: number; code: string | null; field: string | null; message: string; messageVi: string };
export type ImportProgress = { lines: number; imported: number; skipped: number; failed: number };
/** `skipped`: codes already stored (re-importing a file changes nothing); `errors`: the first 1,000 refused lines. */
export type ImportReport = ImportProgress & { events: number; errors: ImportLineError[] };

export type ImportDossiersOptions = {
  /** A system administrator or the PAR standing agency (its province's units only). */
  actor: Actor;
  /** The NDJSON lines, one dossier each, read as they arrive (a file or a request body is never held whole). */
  lines: AsyncIterable<string> | Iterable<string>;
  /** Dossiers per transaction (one set-based statement each); default 2,000. */
  batchSize?: number;
  /** Batches in flight while the next is read and replayed; default 1 (more helps only with more cores for the database). */
  concurrency?: number;
  /** Called after the lines of every `progressEvery` (default 10,000) have been written. */
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
};

export const MAX_REPORTED_ERRORS = 1000;

/** The database's own error: drizzle wraps it in one that carries the whole statement and its (large) parameters. */
function databaseError(error: unknown): { code: string | null; message: string } {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const e = cause as { code?: unknown; message?: unknown } | null;
  return { code: typeof e?.code === 'string' ? e.code : null, message: typeof e?.message === 'string' ? e.message : String(cause) };
}

/** Imports of at least this many dossiers end with VACUUM (ANALYZE) of the tables they filled. */
const ANALYZE_AFTER = 5_000;
/** The tables a bulk import fills. */
const IMPORTED_TABLES = ['dossiers', 'dossier_events', 'dossier_code_sequences', 'stat_dossier_facts', 'stat_open_spans', 'stat_daily', 'stat_monthly'] as const;

/** Time-ordered UUIDs (version 7 layout: milliseconds, then a counter), so the bulk insert appends to its indexes. */
function timeOrderedIds(): () => string {
  let last = 0;
  let counter = 0;
  return () => {
    const now = Date.now();
    if (now > last) [last, counter] = [now, 0];
    else if (++counter > 0xfff) [last, counter] = [last + 1, 0];
    const hex = last.toString(16).padStart(12, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8)}-7${counter.toString(16).padStart(3, '0')}${randomUUID().slice(18)}`;
  };
}

/** The highest code number per agency and day among `batch` (codes `<agency>-YYMMDD-NNNN`, Circular 01/2018/TT-VPCP Art. 19). */
function codeSequences(batch: ImportedDossier[]): CodeSequence[] {
  const max = new Map<string, CodeSequence>();
  for (const { code } of batch) {
    const parts = parseDossierCode(code);
    const day = parts && `20${parts.yymmdd.slice(0, 2)}-${parts.yymmdd.slice(2, 4)}-${parts.yymmdd.slice(4)}`;
    if (!parts || !day || !isLocalDate(day) || parts.sequence > 999_999) continue;
    const key = `${parts.agencyCode}|${day}`;
    if ((max.get(key)?.lastValue ?? 0) < parts.sequence) max.set(key, { agencyCode: parts.agencyCode, day, lastValue: parts.sequence });
  }
  return [...max.values()];
}

/**
 * Imports dossiers from a legacy system (NDJSON exchange format, parse-legacy-line.ts): each line is shape-checked,
 * resolved against the units and procedure versions of its receipt date (from memory), replayed through the dossier
 * rules (replay-legacy-dossier.ts) and written in batches, one set-based statement per batch; a batch refused by the
 * database is retried line by line. Bad lines are reported and never stop the import; codes already stored and repeats
 * inside the file (the first wins) are not written again. Imported dossiers are marked `imported` and audited as one
 * import (Decree 118/2025/ND-CP Art. 27 on the TTHC information system; Ninh Bình Decision 163/2025 Art. 8 on migrating
 * the former provinces' data).
 */
export async function importDossiers(ctx: AppContext, o: ImportDossiersOptions): Promise<ImportReport> {
  requireRole(o.actor, ['system_admin', 'par_agency']);
  const catalogue = await loadImportCatalogue(ctx);
  const versionsById = new Map(catalogue.versions.map((v) => [v.id, v]));
  const versionOf = (id: string) => versionsById.get(id);
  const scope = exchangeScope(o.actor, catalogue.history, localDateOf(ctx.now()));
  const report: ImportReport = { lines: 0, imported: 0, skipped: 0, failed: 0, events: 0, errors: [] };
  const fail = (line: number, code: string | null, error: unknown) => {
    report.failed++;
    if (report.errors.length >= MAX_REPORTED_ERRORS) return;
    if (error instanceof DomainError) return void report.errors.push({ line, code, field: error.field ?? null, message: error.message, messageVi: error.messageVi });
    const { message } = databaseError(error);
    report.errors.push({ line, code, field: null, message: `The database refused this line: ${message}`, messageVi: `Cơ sở dữ liệu từ chối ghi dòng này: ${message}` });
  };
  const write = async (batch: Array<{ line: number; dossier: ImportedDossier }>): Promise<void> => {
    try {
      const items = batch.map((b) => b.dossier);
      const written = await ctx.db.transaction(async (tx) => {
        const result = await dossierImportRepository(tx).insertImported(items);
        const inserted = new Set(result.ids);
        await recordImportedStatistics(tx, inserted.size === items.length ? items : items.filter((d) => inserted.has(d.id)), versionOf);
        await dossierExchangeRepository(tx).advanceCodeSequences(codeSequences(items));
        return result;
      });
      report.imported += written.dossiers;
      report.events += written.events;
      report.skipped += batch.length - written.dossiers;
    } catch (error) {
      if (batch.length > 1) {
        for (const one of batch) await write([one]);
        return;
      }
      const { code, message } = databaseError(error);
      // Bad data (22), a constraint (23) or a conflict with another writer (40) is this line's; anything else stops the import.
      if (code && /^(22|23|40)/.test(code)) return fail(batch[0].line, batch[0].dossier.code, error);
      throw new Error(`The database stopped the import: ${message}`);
    }
  };
  const newId = timeOrderedIds();
  const seen = new Set<string>();
  const batchSize = o.batchSize ?? 2000;
  const progressEvery = o.progressEvery ?? 10_000;
  const concurrency = o.concurrency ?? 1;
  let batch: Array<{ line: number; dossier: ImportedDossier }> = [];
  const writing: Array<Promise<void>> = [];
  let failure: unknown = null;
  let nextProgress = progressEvery;
  // Writes batches while the next ones are read and replayed (a server database works meanwhile on the other cores).
  const flush = async (drain = false) => {
    const full = batch;
    batch = [];
    if (full.length) writing.push(write(full).catch((error: unknown) => { failure = error; }));
    while (writing.length > (drain ? 0 : concurrency)) await writing.shift();
    if (failure) throw failure;
    // Let other requests in between batches: generated lines and embedded PGlite would otherwise hold the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    if (!drain && report.lines >= nextProgress) { nextProgress = report.lines + progressEvery; o.onProgress?.(progressOf(report)); }
  };
  let lineNumber = 0;
  for await (const text of o.lines) {
    lineNumber++;
    if (!text.trim()) continue;
    report.lines++;
    let code: string | null = null;
    try {
      const line = parseLegacyLine(text);
      code = line.code;
      if (seen.has(code)) throw invalidInput('code', `Code ${code} appears earlier in the file; the first line wins.`, `Mã ${code} đã xuất hiện ở dòng trước trong tệp; giữ dòng đầu tiên.`);
      const resolved = resolveLegacyLine(line, instantToLocal(Date.parse(line.receivedAt)).date, catalogue);
      if (scope && !(scope.has(resolved.receivingUnitId) && scope.has(resolved.competentUnitId))) {
        throw new DomainError('NOT_ALLOWED', 'The units of this dossier are outside your province.', 'Đơn vị của hồ sơ nằm ngoài phạm vi tỉnh của bạn.', { field: 'competentUnitCode' });
      }
      const clock = catalogue.clockFor(resolved.competentUnitId, resolved.procedure);
      const { dossier, events } = replayLegacyDossier({ line, id: newId(), procedure: resolved.procedure, receivingUnitId: resolved.receivingUnitId, competentUnitId: resolved.competentUnitId, clock });
      dossier.outsideBoundary = resolved.outsideBoundary;
      seen.add(code);
      batch.push({ line: lineNumber, dossier: Object.assign(dossier, { events }) });
    } catch (error) {
      const known = error instanceof DomainError ? error : invalidInput('line', `This line could not be read: ${String(error)}`, 'Không đọc được dòng này.');
      fail(lineNumber, code ?? (known.details?.dossierCode as string | undefined) ?? null, known);
    }
    if (batch.length >= batchSize || report.lines >= nextProgress) await flush();
  }
  await flush(true);
  // Vacuumed tables with fresh statistics, as autovacuum would leave them a minute later (PGlite has no autovacuum):
  // the planner keeps the indexes for single dossiers and the reports get index-only scans.
  if (report.imported >= ANALYZE_AFTER) await maintenanceRepository(ctx.db.orm).vacuumAnalyze(IMPORTED_TABLES);
  await auditRepository(ctx.db.orm).record(o.actor, 'dossier.imported', { type: 'dossier_import', id: null }, null, { ...progressOf(report), events: report.events });
  return report;
}

const progressOf = (r: ImportReport): ImportProgress => ({ lines: r.lines, imported: r.imported, skipped: r.skipped, failed: r.failed });
