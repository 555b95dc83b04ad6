import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { checkDocument, MAX_DOCUMENT_BYTES } from './document-rules.js';

const bytes = (head: number[] | string, size = 64): Buffer => {
  const start = typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head);
  return Buffer.concat([start, Buffer.alloc(Math.max(0, size - start.length), 0x20)]);
};
const PDF = bytes('%PDF-1.7\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0]);
const ZIP = bytes('PK\u0003\u0004');

describe(checkDocument.name, () => {
  it.each([
    ['to-khai.pdf', PDF, 'application/pdf'],
    ['TO-KHAI.PDF', PDF, 'application/pdf'],
    ['anh.png', PNG, 'image/png'],
    ['anh.jpg', JPEG, 'image/jpeg'],
    ['anh.JPEG', JPEG, 'image/jpeg'],
    ['don.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['bang.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ban.sao.cccd.pdf', PDF, 'application/pdf'],
  ])('accepts %s whose bytes match its extension, as %s', (name, content, type) => {
    expect(checkDocument(name, content)).toBe(type);
  });

  it.each([
    ['scan.pdf', PNG],
    ['anh.png', PDF],
    ['anh.jpg', PNG],
    ['don.docx', PDF],
    ['to-khai.pdf', bytes('PDF-1.7')],
    ['to-khai.pdf', bytes('%PDF')],
    ['anh.png', bytes([0x89, 0x50, 0x4e, 0x47])],
  ])('refuses %s whose first bytes are of another type (magic bytes, not the name, decide)', (name, content) => {
    expect(domainErrorOf(() => checkDocument(name, content))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'file' } });
  });

  it.each(['virus.exe', 'to-khai', 'to-khai.pdf.exe', 'anh.gif', 'ghi-chu.txt', 'don.doc'])('refuses %s: not an accepted type, whatever its bytes', (name) => {
    expect(domainErrorOf(() => checkDocument(name, PDF))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'fileName' } });
  });

  it('refuses an empty file before looking at its name', () => {
    expect(domainErrorOf(() => checkDocument('to-khai.pdf', Buffer.alloc(0)))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'file' } });
    expect(domainErrorOf(() => checkDocument('virus.exe', Buffer.alloc(0))).message).toMatch(/empty/);
  });

  it('accepts a file of exactly the size limit (20 MB) and refuses one byte more, giving its size', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
    const atLimit = Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20);
    PDF.copy(atLimit);
    expect(checkDocument('lon.pdf', atLimit)).toBe('application/pdf');
    const over = Buffer.concat([atLimit, Buffer.from([0x20])]);
    expect(domainErrorOf(() => checkDocument('lon.pdf', over))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'file', size: MAX_DOCUMENT_BYTES + 1 } });
  });
});
