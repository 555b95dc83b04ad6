import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { sha256Hex, signV4 } from '../store/s3/sign-v4.js';
import type { S3Config } from '../store/s3/s3-file-store.js';

export type FakeS3Server = {
  /** A ready S3Config for this server (path style), with the server's keys. */
  config: S3Config;
  /** Objects by `bucket/key`. */
  objects: Map<string, Buffer>;
  /** Every request received, in order: method, path and the status answered. */
  requests: { method: string; path: string; status: number }[];
  /** The next `count` requests are answered with this status (500 InternalError by default), as a failing server does. */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
};

/**
 * An in-process S3-compatible server for tests (node:http, objects in memory, path-style URLs `/<bucket>/<key>`): PUT,
 * GET and HEAD object. It checks every request's AWS Signature V4 against its own secret (403 SignatureDoesNotMatch
 * otherwise) and a PUT body against its `x-amz-content-sha256` (400 XAmzContentSHA256Mismatch), as S3 does.
 */
export async function startFakeS3Server(o: { bucket?: string; region?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<FakeS3Server> {
  const bucket = o.bucket ?? 'cchc-test';
  const region = o.region ?? 'ap-southeast-1';
  const accessKeyId = o.accessKeyId ?? 'FAKEACCESSKEY';
  const secretAccessKey = o.secretAccessKey ?? 'fake/secret+key';
  const objects = new Map<string, Buffer>();
  const requests: FakeS3Server['requests'] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };

  const reply = (req: IncomingMessage, res: ServerResponse, status: number, code?: string, body?: Buffer) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', status });
    if (code) {
      res.writeHead(status, { 'content-type': 'application/xml' });
      return res.end(req.method === 'HEAD' ? undefined : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    }
    res.writeHead(status, body ? { 'content-type': 'application/octet-stream', 'content-length': body.length, etag: `"${sha256Hex(body).slice(0, 32)}"` } : {});
    return res.end(req.method === 'HEAD' ? undefined : body);
  };

  /** Recomputes the signature from what arrived, with the server's own secret. */
  const signatureMatches = (req: IncomingMessage, url: URL): boolean => {
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
    const amzDate = req.headers['x-amz-date'];
    const payloadHash = req.headers['x-amz-content-sha256'];
    if (!match || typeof amzDate !== 'string' || typeof payloadHash !== 'string') return false;
    const [, keyId, day, signedRegion, signedHeaders, signature] = match;
    if (keyId !== accessKeyId || signedRegion !== region || !amzDate.startsWith(day!)) return false;
    const names = signedHeaders!.split(';');
    if (!names.includes('host') || !names.includes('x-amz-date') || !names.includes('x-amz-content-sha256')) return false;
    const headers = Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? '')]));
    const expected = signV4({ method: req.method ?? '', url, headers, payloadHash, amzDate, accessKeyId, secretAccessKey, region }).signature;
    return timingSafeEqual(Buffer.from(expected), Buffer.from(signature!));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (failures.count > 0) { failures.count -= 1; return reply(req, res, failures.status, failures.status === 503 ? 'SlowDown' : 'InternalError'); }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (!signatureMatches(req, url)) return reply(req, res, 403, 'SignatureDoesNotMatch');
      const [, pathBucket, ...rest] = url.pathname.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      if (decodeURIComponent(pathBucket ?? '') !== bucket) return reply(req, res, 404, 'NoSuchBucket');
      if (!key) return reply(req, res, 400, 'InvalidRequest');
      if (req.method === 'PUT') {
        if (req.headers['x-amz-content-sha256'] !== sha256Hex(body)) return reply(req, res, 400, 'XAmzContentSHA256Mismatch');
        objects.set(`${bucket}/${key}`, body);
        return reply(req, res, 200);
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const object = objects.get(`${bucket}/${key}`);
        return object ? reply(req, res, 200, undefined, object) : reply(req, res, 404, 'NoSuchKey');
      }
      return reply(req, res, 405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    config: { endpoint: `http://127.0.0.1:${port}`, bucket, region, accessKeyId, secretAccessKey, forcePathStyle: true },
    objects, requests,
    failNext(count, status = 500) { failures = { count, status }; },
    close: () => new Promise<void>((resolve, reject) => { server.closeAllConnections(); server.close((error) => (error ? reject(error) : resolve())); }),
  };
}
