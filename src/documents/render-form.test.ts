import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import type { FormKind } from './form-data.js';
import { buildFormData } from './forms/test-data.js';
import { extractText } from './pdf/extract-text.js';
import { FORM_NAMES, renderForm } from './render-form.js';

const KINDS = Object.keys(FORM_NAMES) as FormKind[];

describe(renderForm.name, () => {
  it('renders each of the seven forms, compressed by default, with Tinos embedded', async () => {
    const data = buildFormData();
    for (const kind of KINDS) {
      const pdf = await renderForm(kind, data[kind] as never);
      const raw = pdf.toString('latin1');
      expect(raw.startsWith('%PDF-'), kind).toBe(true);
      expect(raw.trimEnd().endsWith('%%EOF'), kind).toBe(true);
      expect(raw, kind).toContain('/FlateDecode');
      expect(raw, kind).toMatch(/\+Tinos-Bold/);
    }
  });

  it('gives the same text when forms are rendered concurrently as one by one', async () => {
    const data = buildFormData();
    const one = [];
    for (const kind of KINDS) one.push(extractText(await renderForm(kind, data[kind] as never, { compress: false })));
    const all = await Promise.all(KINDS.map((kind) => renderForm(kind, data[kind] as never, { compress: false })));
    expect(all.map(extractText)).toEqual(one);
  });

  it('refuses an unknown form number', () => {
    expect(() => renderForm('08' as FormKind, buildFormData()['01'] as never)).toThrow(DomainError);
  });
});
