import { invalidInput } from '../errors.js';

/** The largest file accepted for a dossier component or result (provincial operating rules; UNCONFIRMED default). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Accepted file types, recognised by their first bytes, not by the name the client sends (Circular 01/2023/TT-VPCP Art. 8 formats). */
const SIGNATURES: Array<{ type: string; ext: string[]; test: (b: Buffer) => boolean }> = [
  { type: 'application/pdf', ext: ['pdf'], test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { type: 'image/png', ext: ['png'], test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', ext: ['jpg', 'jpeg'], test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: ['docx'], test: (b) => b.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' },
  { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: ['xlsx'], test: (b) => b.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' },
];

/** Checks an upload's size and that its bytes are of the type its name says; returns the content type to store. */
export function checkDocument(fileName: string, content: Buffer): string {
  if (content.length === 0) throw invalidInput('file', 'The file is empty.', 'Tệp rỗng.');
  if (content.length > MAX_DOCUMENT_BYTES) throw invalidInput('file', `The file exceeds ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, `Tệp vượt quá ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, { size: content.length });
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const kind = SIGNATURES.find((s) => s.ext.includes(ext));
  if (!kind) throw invalidInput('fileName', 'Only PDF, PNG, JPEG, DOCX and XLSX files are accepted.', 'Chỉ chấp nhận tệp PDF, PNG, JPEG, DOCX, XLSX.', { ext });
  if (!kind.test(content)) throw invalidInput('file', `The file's content is not a ${ext.toUpperCase()}.`, `Nội dung tệp không phải định dạng ${ext.toUpperCase()}.`);
  return kind.type;
}
