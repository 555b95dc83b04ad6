import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../store/db.js';
import { diskFileStore, type FileStore } from '../store/file-store.js';

/** What every use case receives: the database, the clock (tests pass a fixed one) and the file store. */
export type AppContext = {
  db: Db;
  now: () => Date;
  files: FileStore;
};

/** The context; files go to `files` (a store, or a folder such as DATA_DIR/files), or a fresh temporary folder when none is given (tests). */
export function createAppContext(db: Db, now: () => Date = () => new Date(), files?: string | FileStore): AppContext {
  return { db, now, files: typeof files === 'object' ? files : diskFileStore(files ?? mkdtempSync(join(tmpdir(), 'cchc-files-'))) };
}
