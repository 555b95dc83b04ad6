import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import { DomainError } from '../../domain/errors.js';
import { findByCodeOn } from '../../domain/org/org-queries.js';
import type { ProcedureRecord } from '../../domain/procedures/procedure-record.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { importProcedures } from './import-procedures.js';

export const PROCEDURE_DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../data/procedures/procedures.json');

/** A shipped catalogue (data/procedures/*.json; format and sources in data/procedures/README.md). */
export type ProcedureDataset = { dataset: string; provinceCode: string; description?: string; procedures: ProcedureRecord[] };

/** The shipped catalogue of Hà Tĩnh province and its communes. */
export function readShippedProcedures(file = PROCEDURE_DATA_FILE): ProcedureDataset[] {
  return [JSON.parse(readFileSync(file, 'utf8')) as ProcedureDataset];
}

/**
 * Loads each shipped catalogue once (through the same import as users' files, audited as the system), when the province
 * whose units it names is in the organisation data; a catalogue later edited by its keepers is never reloaded. A shipped
 * file with a bad row stops the start, as a broken organisation dataset does. Returns the datasets loaded now.
 */
export async function loadProcedureDatasets(ctx: AppContext, datasets: ProcedureDataset[]): Promise<string[]> {
  const loaded: string[] = [];
  const settings = settingsRepository(ctx.db.orm);
  for (const dataset of datasets) {
    const key = `procedure_dataset:${dataset.dataset}`;
    if (await settings.get(key)) continue;
    const history = await loadOrgHistory(ctx);
    const first = dataset.procedures.map((p) => p.validFrom).sort()[0];
    if (!first || !findByCodeOn(history, dataset.provinceCode, first)) continue;
    const report = await importProcedures(ctx, { actor: SYSTEM_ACTOR, format: 'json', content: JSON.stringify(dataset.procedures) });
    if (report.errors.length) {
      const summary = report.errors.slice(0, 5).map((e) => `row ${e.row} ${e.code ?? ''} ${e.field ?? ''}: ${e.message}`).join('; ');
      throw new DomainError('INVALID_INPUT', `Procedure dataset ${dataset.dataset} has bad rows: ${summary}`, `Bộ dữ liệu thủ tục ${dataset.dataset} có dòng lỗi.`, { errors: report.errors });
    }
    await settings.set(key, { loadedAt: ctx.now().toISOString(), versions: report.created.length + report.unchanged.length });
    loaded.push(dataset.dataset);
  }
  return loaded;
}
