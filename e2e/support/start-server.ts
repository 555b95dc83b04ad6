import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createAppContext, type AppContext } from '../../src/app/app-context.js';
import { bootstrap } from '../../src/app/seed/bootstrap.js';
import { buildServer } from '../../src/http/build-server.js';
import { openDatabase, type Db } from '../../src/store/db.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export type RunningServer = { url: string; app: FastifyInstance; db: Db; ctx: AppContext; stop: () => Promise<void> };

/**
 * The real server with the shipped data and demo accounts, on a free port, over a fresh embedded database. `now` replaces
 * the server's clock (e.g. real time moved forward, to reach a deadline; keep it at or after real time so the browser's
 * session cookies stay valid).
 */
export async function startServer(o: { now?: () => Date } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
  const db = await openDatabase({ dataDir });
  const ctx = o.now ? createAppContext(db, o.now) : createAppContext(db);
  await bootstrap(ctx, { demo: true, adminUser: undefined, adminPassword: undefined, provinceCode: undefined });
  const app = await buildServer(ctx, { webDir: join(root, 'dist/web') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`, app, db, ctx,
    stop: async () => { await app.close(); await db.close(); rmSync(dataDir, { recursive: true, force: true }); },
  };
}
