import { describe, expect, it } from 'vitest';
import { fileProblem, fileTypeLabel, formatFileSize, MAX_DOCUMENT_BYTES, shortChecksum } from './document-files';

describe(fileProblem.name, () => {
  it('accepts the server\'s types up to its limit and names what is wrong otherwise', () => {
    expect(fileProblem({ name: 'Giấy chứng sinh.PDF', size: 1000 })).toBeUndefined();
    expect(fileProblem({ name: 'scan.jpeg', size: MAX_DOCUMENT_BYTES })).toBeUndefined();
    expect(fileProblem({ name: 'a.pdf', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'a.pdf', size: MAX_DOCUMENT_BYTES + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: 'setup.exe', size: 10 })).toBe('type');
    expect(fileProblem({ name: 'no-extension', size: 10 })).toBe('type');
  });
});

describe(formatFileSize.name, () => {
  it('writes sizes with the Vietnamese decimal comma and the English point', () => {
    expect(formatFileSize(512, 'vi')).toBe('512 B');
    expect(formatFileSize(1536, 'vi')).toBe('1,5 kB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(5 * 1024 * 1024, 'vi')).toBe('5 MB');
  });
});

describe('file labels', () => {
  it('names content types and shortens checksums', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('text/plain')).toBe('text/plain');
    expect(shortChecksum('0123456789abcdef'.repeat(4))).toBe('01234567…89abcdef');
  });
});
