import { createHash, createHmac } from 'node:crypto';

/** SHA-256 of an empty body: GET and HEAD requests sign this as their payload hash. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export type SignV4Input = {
  method: string;
  url: URL;
  /** Headers to sign (names any case); `host` is added from the URL when missing. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, as sent in `x-amz-content-sha256`. */
  payloadHash: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service?: string;
  /** `YYYYMMDDTHHMMSSZ`, as sent in `x-amz-date`. */
  amzDate: string;
};

export type SignV4Result = { authorization: string; signature: string; signedHeaders: string; canonicalRequest: string; stringToSign: string };

/** RFC 3986 encoding as SigV4 wants it: unreserved characters kept, everything else %XX (upper case). */
export function uriEncode(value: string, keepSlash = false): string {
  return Array.from(new TextEncoder().encode(value), (byte) => {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) return c;
    return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** `x-amz-date` of an instant: 2013-05-24T00:00:00.000Z → 20130524T000000Z. */
export function amzDateOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * AWS Signature Version 4 for one request (header authorization), as specified in "Signature Calculations for the
 * Authorization Header" (Amazon S3 API reference). S3 paths are encoded once (not twice as for other services).
 */
export function signV4(input: SignV4Input): SignV4Result {
  const service = input.service ?? 's3';
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(input.headers)) headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  if (!headers.has('host')) headers.set('host', input.url.host);
  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalUri = input.url.pathname.split('/').map((segment) => uriEncode(decodeURIComponent(segment))).join('/') || '/';
  const canonicalQuery = [...input.url.searchParams.entries()]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`).join('&');
  const canonicalRequest = [
    input.method.toUpperCase(), canonicalUri, canonicalQuery,
    names.map((n) => `${n}:${headers.get(n)}\n`).join(''), signedHeaders, input.payloadHash,
  ].join('\n');
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    signature, signedHeaders, canonicalRequest, stringToSign,
  };
}
