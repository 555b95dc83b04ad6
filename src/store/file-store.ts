import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { s3FileStore, storageUnavailable, type S3Config } from './s3/s3-file-store.js';

/**
 * Files kept by their SHA-256 (content-addressed: the same file is stored once, a changed one cannot pass unseen), on
 * disk or in an S3-compatible bucket. A failure is a DomainError `STORAGE_UNAVAILABLE`; `put` resolves only once the
 * bytes are stored, so a caller that records the file afterwards never records a file that is not there.
 */
export type FileStore = {
  put(content: Buffer): Promise<{ sha256: string; size: number }>;
  /** The bytes as a stream, or null when no such file is stored. */
  open(sha256: string): Promise<Readable | null>;
  exists(sha256: string): Promise<boolean>;
};

/** A file store in `dir` (DATA_DIR/files); each file at <sha[0:2]>/<sha>, written atomically. */
export function diskFileStore(dir: string): FileStore {
  const pathOf = (sha: string) => join(dir, sha.slice(0, 2), sha);
  const valid = (sha: string) => /^[0-9a-f]{64}$/.test(sha);
  return {
    async put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        try {
          await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
          const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
          await writeFile(temp, content);
          await rename(temp, target);
        } catch (error) {
          throw storageUnavailable((error as NodeJS.ErrnoException).code ?? 'disk error', { operation: 'write' });
        }
      }
      return { sha256, size: content.length };
    },
    async open(sha256) {
      if (!valid(sha256)) return null;
      const path = pathOf(sha256);
      return existsSync(path) ? createReadStream(path) : null;
    },
    async exists(sha256) {
      return valid(sha256) && (await stat(pathOf(sha256)).then((s) => s.isFile(), () => false));
    },
  };
}

/** The configured store: the S3 bucket when one is configured, otherwise `dir` on disk. */
export function openFileStore(o: { dir: string; s3?: S3Config }): FileStore {
  return o.s3 ? s3FileStore(o.s3) : diskFileStore(o.dir);
}
