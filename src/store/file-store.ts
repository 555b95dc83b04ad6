import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { ReadStream } from 'node:fs';
import { join } from 'node:path';

/** Files kept on disk by their SHA-256 (content-addressed: the same file is stored once, a changed one cannot pass unseen). */
export type FileStore = {
  put(content: Buffer): { sha256: string; size: number };
  open(sha256: string): ReadStream | null;
};

/** A file store in `dir` (DATA_DIR/files); each file at <sha[0:2]>/<sha>, written atomically. */
export function diskFileStore(dir: string): FileStore {
  const pathOf = (sha: string) => join(dir, sha.slice(0, 2), sha);
  return {
    put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true });
        const temp = `${target}.${process.pid}.tmp`;
        writeFileSync(temp, content);
        renameSync(temp, target);
      }
      return { sha256, size: content.length };
    },
    open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
      const path = pathOf(sha256);
      return existsSync(path) ? createReadStream(path) : null;
    },
  };
}
