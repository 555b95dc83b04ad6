import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppContext } from './app/app-context.js';
import { bootstrap } from './app/seed/bootstrap.js';
import { startDemoDossierSeeding } from './app/seed/seed-demo-dossiers.js';
import { scheduleJobs } from './app/jobs/schedule-jobs.js';
import { readConfig } from './config.js';
import { buildServer } from './http/build-server.js';
import { DatabaseUnavailableError, openDatabase } from './store/db.js';
import { openFileStore } from './store/file-store.js';
import { DomainError } from './domain/errors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts cchc: database (PGlite or PostgreSQL), migrations and seed data, then the HTTP server. */
async function main(): Promise<void> {
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx = createAppContext(db, undefined, openFileStore({ dir: join(config.dataDir, 'files'), s3: config.s3 }));
  const report = await bootstrap(ctx, config);
  const app = await buildServer(ctx, { logLevel: config.logLevel, secureCookies: config.production, webDir: join(root, 'dist/web'), trustProxy: process.env.TRUST_PROXY === '1' });
  await app.listen({ port: config.port, host: config.host });
  const where = `${db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}${config.s3 ? `, files in bucket ${config.s3.bucket}` : ''}`;
  console.log(`cchc listening on http://localhost:${config.port} (${where}, migration ${report.migration}${report.datasetsLoaded.length ? `, loaded ${report.datasetsLoaded.join(', ')}` : ''}${report.usersCreated.length ? `, created users ${report.usersCreated.join(', ')}` : ''})`);
  void startDemoDossierSeeding(ctx, config);
  const stopJobs = scheduleJobs(ctx, (message) => app.log.error(message));
  const stop = async () => { stopJobs(); await app.close(); await db.close(); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const reason = error instanceof DatabaseUnavailableError ? `cannot reach the database at DATABASE_URL: ${error.message}`
    : error instanceof DomainError ? error.message
    : error instanceof Error ? error.message : String(error);
  console.error(`cchc failed to start: ${reason}`);
  process.exit(1);
});
