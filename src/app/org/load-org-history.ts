import type { OrgHistory } from '../../domain/org/org-types.js';
import { sql, type Executor } from '../../store/db.js';
import { orgRepository } from '../../store/repositories/org.repository.js';
import type { AppContext } from '../app-context.js';

export const ORG_VERSION_KEY = 'org_version';

const cache = new WeakMap<AppContext['db'], { version: string; history: OrgHistory }>();

/**
 * The organisation history for reads, cached per database and reloaded when any write bumps the org version
 * (one cheap query per call, so several server processes on one PostgreSQL stay consistent). `knownVersion`: the
 * counter 'org_version' when the caller has just read it.
 */
export async function loadOrgHistory(ctx: AppContext, knownVersion?: string): Promise<OrgHistory> {
  const repository = orgRepository(ctx.db.orm);
  const version = knownVersion ?? await repository.version();
  const cached = cache.get(ctx.db);
  if (cached && cached.version === version) return cached.history;
  const history = await repository.loadHistory();
  cache.set(ctx.db, { version, history });
  return history;
}

/** A fresh history inside a write transaction, after taking the organisation write lock. */
export async function lockOrgHistory(tx: Executor): Promise<OrgHistory> {
  await tx.execute(sql`select pg_advisory_xact_lock(74022)`);
  return orgRepository(tx).loadHistory();
}
