import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maintenanceRepository } from '../../store/repositories/maintenance.repository.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { vacuumEmbeddedDatabase } from './vacuum-embedded-database.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe(vacuumEmbeddedDatabase.name, () => {
  it('vacuums and analyses PGlite (no autovacuum there), and leaves a PostgreSQL server to its autovacuum', async () => {
    const repository = maintenanceRepository(t.ctx.db.orm);
    const before = await repository.tableState('org_units');
    const outcome = await vacuumEmbeddedDatabase(t.ctx);
    if (t.ctx.db.kind === 'postgresql') {
      expect(outcome).toEqual({ vacuumed: false, ms: 0 });
      return;
    }
    expect(outcome.vacuumed).toBe(true);
    // The organisation units loaded at start, never vacuumed before: now their pages are all-visible (index-only scans)
    // and their rows estimated.
    expect(before.allVisiblePages).toBe(0);
    const units = await repository.tableState('org_units');
    expect(units.allVisiblePages).toBeGreaterThan(0);
    expect(units.estimatedRows).toBeGreaterThan(10);
  });
});
