import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { diskFileStore } from './file-store.js';

describe(diskFileStore.name, () => {
  it('stores a file once under <sha[0:2]>/<sha> and reads it back', async () => {
    const store = diskFileStore(mkdtempSync(join(tmpdir(), 'cchc-files-test-')));
    const { sha256, size } = await store.put(Buffer.from('%PDF-1.4 x'));
    expect(size).toBe(10);
    expect(await store.put(Buffer.from('%PDF-1.4 x'))).toEqual({ sha256, size });
    expect(await store.exists(sha256)).toBe(true);
    expect(await text((await store.open(sha256))!)).toBe('%PDF-1.4 x');
    expect(await store.exists('0'.repeat(64))).toBe(false);
    expect(await store.open('../x')).toBeNull();
  });

  it('fails with STORAGE_UNAVAILABLE when the folder cannot be written', async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'cchc-files-test-')), 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    await expect(diskFileStore(blocked).put(Buffer.from('y'))).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
  });
});
