import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readConfig } from '../config.js';
import { DatabaseUnavailableError, openDatabase } from '../store/db.js';
import { dumpDatabase } from '../store/dump-database.js';

/**
 * `npm run db:dump [-- --out FILE]`: writes a SQL dump of the database named by the environment (PGlite in DATA_DIR, or
 * DATABASE_URL) that an administrator restores into PostgreSQL with psql. Stop the server first when it uses PGlite.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : `cchc-dump-${new Date().toISOString().slice(0, 10)}.sql`;
  if (!out) throw new Error('--out needs a file name');
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const stream = createWriteStream(out, { encoding: 'utf8' });
  const result = await dumpDatabase(db, async (chunk) => { if (!stream.write(chunk)) await once(stream, 'drain'); });
  stream.end();
  await once(stream, 'finish');
  await db.close();
  console.log(`wrote ${out}: ${result.tables} tables, ${result.rows} rows. Restore: psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f ${out}`);
}

main().catch((error: unknown) => {
  console.error(`db:dump failed: ${error instanceof DatabaseUnavailableError ? `cannot reach the database: ${error.message}` : error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
