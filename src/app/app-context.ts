import type { Db } from '../store/db.js';

/** What every use case receives: the database and the clock (tests pass a fixed one). */
export type AppContext = {
  db: Db;
  now: () => Date;
};

export function createAppContext(db: Db, now: () => Date = () => new Date()): AppContext {
  return { db, now };
}
