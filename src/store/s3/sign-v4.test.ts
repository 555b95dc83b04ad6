import { describe, expect, it } from 'vitest';
import { amzDateOf, EMPTY_SHA256, sha256Hex, signV4, uriEncode } from './sign-v4.js';

/** The examples of "Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk". */
const example = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', amzDate: '20130524T000000Z' };

describe(signV4.name, () => {
  it('signs the documented "GET Object" example (Range header) to its published signature', () => {
    const signed = signV4({
      ...example, method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), payloadHash: EMPTY_SHA256,
      headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256, 'x-amz-date': '20130524T000000Z' },
    });
    expect(signed.canonicalRequest).toBe([
      'GET', '/test.txt', '',
      'host:examplebucket.s3.amazonaws.com', 'range:bytes=0-9', `x-amz-content-sha256:${EMPTY_SHA256}`, 'x-amz-date:20130524T000000Z', '',
      'host;range;x-amz-content-sha256;x-amz-date', EMPTY_SHA256,
    ].join('\n'));
    expect(signed.stringToSign).toBe('AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
    expect(signed.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(signed.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  it('signs the documented "PUT Object" example (a $ in the key, a body hash) to its published signature', () => {
    const body = 'Welcome to Amazon S3.';
    const signed = signV4({
      ...example, method: 'PUT', url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'), payloadHash: sha256Hex(body),
      headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-date': '20130524T000000Z', 'x-amz-storage-class': 'REDUCED_REDUNDANCY', 'x-amz-content-sha256': sha256Hex(body) },
    });
    expect(sha256Hex(body)).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    expect(signed.canonicalRequest.split('\n')[1]).toBe('/test%24file.text');
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('sorts and encodes the query string as in the documented "GET Bucket (List Objects)" example', () => {
    const signed = signV4({
      ...example, method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J'), payloadHash: EMPTY_SHA256,
      headers: { 'x-amz-content-sha256': EMPTY_SHA256, 'x-amz-date': '20130524T000000Z' },
    });
    expect(signed.canonicalRequest.split('\n').slice(1, 3)).toEqual(['/', 'max-keys=2&prefix=J']);
    expect(signed.signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });

  it('changes with the secret, so a server holding another secret refuses it', () => {
    const input = { ...example, method: 'GET', url: new URL('http://127.0.0.1:9000/b/k'), payloadHash: EMPTY_SHA256, headers: { 'x-amz-date': example.amzDate } };
    expect(signV4(input).signature).not.toBe(signV4({ ...input, secretAccessKey: 'other' }).signature);
  });
});

describe('SigV4 helpers', () => {
  it('encodes everything but unreserved characters, keeping / only when asked', () => {
    expect(uriEncode('a b/ạ~')).toBe('a%20b%2F%E1%BA%A1~');
    expect(uriEncode('a b/c', true)).toBe('a%20b/c');
  });
  it('writes x-amz-date in basic ISO 8601', () => {
    expect(amzDateOf(new Date('2013-05-24T00:00:00.123Z'))).toBe('20130524T000000Z');
  });
});
