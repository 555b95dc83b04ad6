import { DomainError } from '../../../domain/errors.js';

/**
 * The lines of an NDJSON (or plain text) request body as they arrive: UTF-8 decoded across chunk boundaries, a leading
 * byte-order mark dropped, `\r\n` tolerated (JSON ignores the `\r`). Fails with INVALID_INPUT once more than `maxBytes`
 * have come in (the framework does not count bytes of a body handed over as a stream).
 */
export async function* ndjsonLines(body: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      throw new DomainError('INVALID_INPUT', `The body is larger than ${maxBytes} bytes.`, `Nội dung gửi lên vượt quá ${maxBytes} byte.`, { field: 'body', limit: maxBytes });
    }
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const parts = text.split('\n');
    rest = parts.pop()!;
    for (const part of parts) yield part;
  }
  rest += decoder.decode();
  if (rest) yield rest;
}
