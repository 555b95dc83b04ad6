import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { startFakeS3Server, type FakeS3Server } from '../../test-support/fake-s3-server.js';
import { objectUrl, s3FileStore } from './s3-file-store.js';
import { sha256Hex } from './sign-v4.js';

let s3: FakeS3Server;
beforeAll(async () => { s3 = await startFakeS3Server(); });
afterAll(async () => { await s3.close(); });

const storageError = (status?: number) => expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', ...(status ? { details: expect.objectContaining({ status }) } : {}) });

describe(s3FileStore.name, () => {
  it('puts a file under <sha[0:2]>/<sha>, tells it exists, and streams it back byte for byte', async () => {
    const store = s3FileStore(s3.config);
    const content = Buffer.from('%PDF-1.4\n% giấy chứng sinh\n%%EOF\n');
    const sha = sha256Hex(content);
    expect(await store.exists(sha)).toBe(false);
    expect(await store.put(content)).toEqual({ sha256: sha, size: content.length });
    expect(s3.objects.get(`cchc-test/${sha.slice(0, 2)}/${sha}`)?.equals(content)).toBe(true);
    expect(await store.exists(sha)).toBe(true);
    expect(await text((await store.open(sha))!)).toBe(content.toString());
    expect(s3.requests.slice(-4).map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 404', 'PUT 200', 'HEAD 200', 'GET 200']);
  });

  it('answers null for a file the bucket does not hold, and for a malformed checksum without asking', async () => {
    const store = s3FileStore(s3.config);
    const before = s3.requests.length;
    expect(await store.open('0'.repeat(64))).toBeNull();
    expect(await store.open('../etc/passwd')).toBeNull();
    expect(s3.requests.length).toBe(before + 1);
  });

  it('fails with STORAGE_UNAVAILABLE when the secret is wrong (the server refuses the signature with 403)', async () => {
    const store = s3FileStore({ ...s3.config, secretAccessKey: 'not-the-secret' });
    const error = await store.put(Buffer.from('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toEqual(storageError(403));
    expect((error as DomainError).details?.reason).toBe('HTTP 403 SignatureDoesNotMatch');
    await expect(store.open('a'.repeat(64))).rejects.toEqual(storageError(403));
  });

  it('fails with STORAGE_UNAVAILABLE when the server fails or cannot be reached', async () => {
    const store = s3FileStore(s3.config);
    s3.failNext(1, 503);
    await expect(store.put(Buffer.from('y'))).rejects.toEqual(storageError(503));
    expect(s3.objects.has(`cchc-test/${sha256Hex('y').slice(0, 2)}/${sha256Hex('y')}`)).toBe(false);
    const nowhere = s3FileStore({ ...s3.config, endpoint: 'http://127.0.0.1:1' });
    await expect(nowhere.exists('b'.repeat(64))).rejects.toEqual(expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', details: expect.objectContaining({ reason: 'unreachable' }) }));
  });

  it('is refused when it signs for another region than the bucket\'s', async () => {
    const store = s3FileStore({ ...s3.config, region: 'us-east-1' }, { now: () => new Date('2026-03-02T03:00:00Z') });
    await expect(store.put(Buffer.from('z'))).rejects.toEqual(storageError(403));
  });
});

describe(objectUrl.name, () => {
  it('puts the bucket in the path for MinIO-like servers and in the host name otherwise', () => {
    expect(objectUrl({ endpoint: 'http://minio:9000', bucket: 'ho-so', forcePathStyle: true }, 'ab/abc').href).toBe('http://minio:9000/ho-so/ab/abc');
    expect(objectUrl({ endpoint: 'https://s3.ap-southeast-1.amazonaws.com/', bucket: 'ho-so', forcePathStyle: false }, 'ab/abc').href).toBe('https://ho-so.s3.ap-southeast-1.amazonaws.com/ab/abc');
  });
});
