import { Readable } from 'node:stream';
import { DomainError } from '../../domain/errors.js';
import type { FileStore } from '../file-store.js';
import { amzDateOf, EMPTY_SHA256, sha256Hex, signV4 } from './sign-v4.js';

/** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Viettel/VNPT/FPT object storage…); README "Configuration". */
export type S3Config = {
  /** `https://s3.ap-southeast-1.amazonaws.com`, `http://minio:9000`; scheme + host (+ port), no bucket. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `http://endpoint/bucket/key` (MinIO and most self-hosted servers) instead of `http://bucket.endpoint/key`. */
  forcePathStyle: boolean;
};

type Options = { now?: () => Date; timeoutMs?: number };

/** Why storage failed, as the officer sees it: a stable code (503), the file is not attached, nothing was recorded. */
export function storageUnavailable(reason: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('STORAGE_UNAVAILABLE', `The file storage failed (${reason}); nothing was saved, try again.`,
    'Kho lưu trữ tệp đang gặp sự cố; tệp chưa được lưu, vui lòng thử lại.', { reason, ...details });
}

/** The URL of an object: path-style or virtual-hosted, the key encoded per segment. */
export function objectUrl(config: Pick<S3Config, 'endpoint' | 'bucket' | 'forcePathStyle'>, key: string): URL {
  const base = new URL(config.endpoint);
  const path = key.split('/').map(encodeURIComponent).join('/');
  if (config.forcePathStyle) return new URL(`${base.pathname.replace(/\/$/, '')}/${encodeURIComponent(config.bucket)}/${path}`, base);
  return new URL(`${base.protocol}//${config.bucket}.${base.host}${base.pathname.replace(/\/$/, '')}/${path}`);
}

/**
 * Files kept in an S3-compatible bucket by SHA-256, at the same keys as on disk (`<sha[0:2]>/<sha>`), so a folder
 * DATA_DIR/files can be copied into the bucket as it is. Requests are signed with AWS Signature V4 (Node crypto and
 * fetch, no SDK); every upload carries its SHA-256, so the server refuses a body damaged on the way.
 */
export function s3FileStore(config: S3Config, o: Options = {}): FileStore {
  const now = o.now ?? (() => new Date());
  const timeoutMs = o.timeoutMs ?? 60_000;
  const keyOf = (sha: string) => `${sha.slice(0, 2)}/${sha}`;

  async function send(method: 'PUT' | 'GET' | 'HEAD', sha: string, body?: Buffer): Promise<Response> {
    const url = objectUrl(config, keyOf(sha));
    const payloadHash = body ? sha : EMPTY_SHA256;
    const amzDate = amzDateOf(now());
    const headers: Record<string, string> = { 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate };
    if (body) headers['content-type'] = 'application/octet-stream';
    const { authorization } = signV4({ method, url, headers, payloadHash, amzDate, accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region });
    try {
      return await fetch(url, { method, headers: { ...headers, authorization }, body: body ? new Uint8Array(body) : undefined, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw storageUnavailable(error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable', { operation: method });
    }
  }
  const refused = async (response: Response, operation: string) => {
    const text = await response.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
    return storageUnavailable(`HTTP ${response.status}${code ? ` ${code}` : ''}`, { operation, status: response.status });
  };

  return {
    async put(content) {
      const sha256 = sha256Hex(content);
      const response = await send('PUT', sha256, content);
      if (!response.ok) throw await refused(response, 'PUT');
      await response.body?.cancel();
      return { sha256, size: content.length };
    },
    async open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
      const response = await send('GET', sha256);
      if (response.status === 404) { await response.body?.cancel(); return null; }
      if (!response.ok || !response.body) throw await refused(response, 'GET');
      return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    },
    async exists(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return false;
      const response = await send('HEAD', sha256);
      if (response.status === 404) return false;
      if (!response.ok) throw storageUnavailable(`HTTP ${response.status}`, { operation: 'HEAD', status: response.status });
      return true;
    },
  };
}
