import { rows, sql, type Db } from './db.js';
import { listMigrations } from './migrate.js';

const BATCH = 2_000;

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
export function orderByDependencies(tables: Array<{ name: string; deps: string[] }>): string[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done' || state.get(name) === 'visiting') return;
    state.set(name, 'visiting');
    for (const dep of byName.get(name)?.deps ?? []) if (byName.has(dep)) visit(dep);
    state.set(name, 'done');
    out.push(name);
  };
  [...byName.keys()].sort().forEach(visit);
  return out;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Writes a plain SQL dump that psql restores into an empty PostgreSQL database: the schema (the migrations, recorded
 * as applied), then every row as JSON record sets in foreign-key order, then sequence positions. Works from PGlite
 * (the path from the embedded database to a server) and from PostgreSQL alike.
 */
export async function dumpDatabase(db: Db, write: (chunk: string) => Promise<void> | void): Promise<{ tables: number; rows: number }> {
  const tables = await rows<{ name: string; deps: string[] }>(db.orm, sql`
    select c.relname as name,
      coalesce(array(select distinct r.relname::text from pg_constraint k join pg_class r on r.oid = k.confrelid
        where k.conrelid = c.oid and k.contype = 'f' and r.oid <> c.oid), '{}') as deps
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'`);
  await write(`-- cchc database dump, ${new Date().toISOString()}, from ${db.kind}\n-- Restore into an EMPTY database: psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f <this file>\n\nbegin;\nset client_encoding = 'UTF8';\n\n`);
  await write('create table schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now());\n\n');
  for (const m of listMigrations()) await write(`-- migration ${m.version} ${m.name}\n${m.script.trim()}\n\n`);
  let total = 0;
  for (const table of orderByDependencies(tables)) {
    for (let offset = 0; ; offset += BATCH) {
      const batch = await rows<{ j: string | null; n: number }>(db.orm, sql`
        select json_agg(row_to_json(t))::text as j, count(*)::int as n
        from (select * from ${sql.identifier(table)} order by 1 limit ${BATCH} offset ${offset}) t`);
      const n = batch[0]?.n ?? 0;
      if (n === 0) break;
      await write(`insert into ${table} select * from json_populate_recordset(null::${table}, ${literal(batch[0].j!)});\n`);
      total += n;
      if (n < BATCH) break;
    }
  }
  const sequences = await rows<{ seq: string; tbl: string; col: string }>(db.orm, sql`
    select s.relname as seq, t.relname as tbl, a.attname as col
    from pg_class s join pg_depend d on d.objid = s.oid and d.deptype = 'a'
    join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    join pg_namespace n on n.oid = s.relnamespace
    where s.relkind = 'S' and n.nspname = 'public'`);
  for (const s of sequences) await write(`select setval('${s.seq}', coalesce((select max(${s.col}) from ${s.tbl}), 0) + 1, false);\n`);
  await write('\ncommit;\n');
  return { tables: tables.length, rows: total };
}
