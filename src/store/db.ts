import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';

/** Anything that can run a query: the database or a transaction. Repositories take this. */
export type Executor = Pick<PgDatabase<PgQueryResultHKT>, 'execute'>;

export type DatabaseKind = 'pglite' | 'postgresql';

export type Db = {
  kind: DatabaseKind;
  orm: PgDatabase<PgQueryResultHKT>;
  /** Runs `work` in one transaction; rolls back when it throws. */
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  /** Runs a multi-statement SQL script (migrations, dumps) outside drizzle. */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** postgres:// URL; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder for embedded data; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /**
   * Called when an idle pooled PostgreSQL connection breaks (server restart, database dropped, network cut). The pool
   * drops that connection and opens a new one on the next query; without a listener node-postgres would crash the process.
   */
  onConnectionError?: (error: Error) => void;
};

/** Opens PGlite (embedded) or PostgreSQL (server) behind one interface. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onConnectionError ?? reportConnectionError);
  return openPglite(options.dataDir ?? './data');
}

/** PGlite 0.5.16's default start parameters (they are replaced, not extended, when startParams is given). */
const PGLITE_START_PARAMS = ['--single', '-F', '-O', '-j', '-c', 'search_path=public', '-c', 'exit_on_error=false', '-c', 'log_checkpoints=false',
  '-c', 'max_worker_processes=0', '-c', 'max_parallel_workers=0', '-c', 'max_parallel_workers_per_gather=0', '-c', 'io_method=sync', '-c', 'max_parallel_maintenance_workers=0'];

async function openPglite(dataDir: string): Promise<Db> {
  let location = 'memory://';
  if (!dataDir.startsWith('memory://')) {
    location = join(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  // pg_trgm and unaccent back accent-insensitive search (they ship in PostgreSQL's contrib on servers).
  // PGlite's own start parameters; PGLITE_SHARED_BUFFERS trades memory for import speed (WebAssembly memory never
  // shrinks): 32MB keeps the embedded server's steady memory ~120 MB lower than PostgreSQL's default 128MB, for ~20 %
  // slower bulk imports and reports within noise (bench/RESULTS.md, issue 5's memory goal).
  const startParams = [...PGLITE_START_PARAMS, '-c', `shared_buffers=${process.env.PGLITE_SHARED_BUFFERS ?? '32MB'}`];
  const client = await PGlite.create(location, { extensions: { pg_trgm, unaccent }, startParams });
  const orm = drizzlePglite({ client }) as unknown as PgDatabase<PgQueryResultHKT>;
  return {
    kind: 'pglite',
    orm,
    transaction: (work) => orm.transaction((tx) => work(tx)),
    execScript: async (script) => { await client.exec(script); },
    close: () => client.close(),
  };
}

function reportConnectionError(error: Error): void {
  console.error(`cchc: a pooled PostgreSQL connection broke and will be replaced: ${error.message}`);
}

async function openPostgres(url: string, max: number, onConnectionError: (error: Error) => void): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max, options: '-c TimeZone=UTC' });
  pool.on('error', onConnectionError);
  const probe = await pool.connect().catch(async (error: Error) => {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(error.message);
  });
  probe.release();
  const orm = drizzlePg({ client: pool }) as unknown as PgDatabase<PgQueryResultHKT>;
  return {
    kind: 'postgresql',
    orm,
    transaction: (work) => orm.transaction((tx) => work(tx)),
    execScript: async (script) => { await pool.query(script); },
    close: () => pool.end(),
  };
}

/** The database could not be reached at start-up. */
export class DatabaseUnavailableError extends Error {}

/** Rows of a query, typed by the caller. */
export async function rows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as { rows: unknown[] };
  return result.rows as T[];
}

/** The first row of a query, or undefined. */
export async function one<T>(ex: Executor, query: SQL): Promise<T | undefined> {
  return (await rows<T>(ex, query))[0];
}

/** A timestamptz as drizzle returns it ('2025-07-01 08:00:00.123+00', session in UTC) → ISO 8601. */
export function toIso(value: string | Date | null): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return new Date(value.replace(' ', 'T').replace(/\+00$/, 'Z').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}

export { sql };
