import { expect } from 'vitest';
import { extractPages } from '../pdf/extract-text.js';

/** What tests need of a rendered form: raw bytes as text, page texts, and all text flattened to single spaces. */
export type ReadPdf = { raw: string; pages: string[]; flat: string };

/**
 * Checks that `pdf` is a whole PDF (header, trailer), on the expected page size, with Tinos embedded as a font file,
 * and returns its text. Render with `compress: false` so the text can be read back.
 */
export function expectValidForm(pdf: Buffer, pageSize: 'A5' | 'A4-landscape'): ReadPdf {
  const raw = pdf.toString('latin1');
  expect(raw.startsWith('%PDF-')).toBe(true);
  expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  const box = pageSize === 'A5' ? '/MediaBox [0 0 419.53 595.28]' : '/MediaBox [0 0 841.89 595.28]';
  const pageCount = raw.match(/\/Type \/Page\b/g)?.length ?? 0;
  expect(pageCount).toBeGreaterThan(0);
  expect(raw.split(box).length - 1).toBe(pageCount);
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Regular/);
  expect(raw).toContain('/FontFile2');
  expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times-Roman)/); // no standard font without Vietnamese glyphs
  const pages = extractPages(pdf);
  return { raw, pages, flat: pages.join('\n').replace(/\s+/g, ' ') };
}

/** The national heading, form number and place-date line every slip carries. */
export function expectHeading(flat: string, formNo: string, placeAndDate: string | null): void {
  expect(flat).toContain(`Mẫu số ${formNo}`);
  expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
  if (placeAndDate) expect(flat).toContain(placeAndDate);
}
