import { MAX_DOCUMENT_BYTES } from '../../../../domain/dossiers/document-rules.js';
import type { Lang } from '../../i18n/utils/language';

/** The server's size limit, shared (not copied); the server still has the last word, on the bytes too. */
export { MAX_DOCUMENT_BYTES };

const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx'];

/** Why a picked file will not be accepted, before sending it: `empty`, `tooLarge`, `type`; undefined when it may go. */
export function fileProblem(file: { name: string; size: number }): 'empty' | 'tooLarge' | 'type' | undefined {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
  return EXTENSIONS.includes(file.name.toLowerCase().split('.').pop() ?? '') ? undefined : 'type';
}

/** A size in bytes, kB or MB with the language's number format (1 kB = 1024 bytes, as file managers show it). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} kB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}

/** A short name for a content type: PDF, PNG, JPEG, DOCX, XLSX, or the type itself. */
export function fileTypeLabel(contentType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  };
  return known[contentType] ?? contentType;
}

/** The first and last characters of a SHA-256, enough to compare by eye (the full value is copyable). */
export const shortChecksum = (sha256: string) => (sha256.length > 16 ? `${sha256.slice(0, 8)}…${sha256.slice(-8)}` : sha256);
