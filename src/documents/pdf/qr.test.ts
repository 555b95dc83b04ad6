import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderForm01 } from '../forms/form-01-receipt.js';
import { buildFormDossier } from '../forms/test-data.js';
import { createSheet, finishSheet } from './document.js';
import { drawQr, qrMatrix } from './qr.js';

const URL = 'https://dichvucong.hatinh.gov.vn/tra-cuu?code=000.00.42.H28-260305-0010';
const has = (tool: string) => { try { execFileSync('which', [tool], { stdio: 'ignore' }); return true; } catch { return false; } };

describe(qrMatrix.name, () => {
  it('builds a QR symbol with its three finder patterns', () => {
    const { size, dark } = qrMatrix(URL);
    expect((size - 17) % 4).toBe(0);
    for (const [r, c] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
      expect([dark(r, c), dark(r + 1, c + 1), dark(r + 3, c + 3)]).toEqual([true, false, true]);
    }
  });
});

describe(drawQr.name, () => {
  it('draws one filled square per run of dark modules in a row', async () => {
    const { size, dark } = qrMatrix(URL);
    let runs = 0;
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (dark(r, c) && (c === 0 || !dark(r, c - 1))) runs++;
    const sheet = createSheet({ format: 'A5', title: 't', author: 'a', subject: 's', compress: false });
    drawQr(sheet.doc, URL, 40, 40, 80);
    const raw = (await finishSheet(sheet, 'when-several')).toString('latin1');
    expect(raw.match(/ re\n/g)).toHaveLength(runs);
  });

  it.skipIf(!has('pdftoppm') || !has('zbarimg'))('decodes back to the look-up address from the printed receipt (poppler-utils, zbar-tools)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-qr-'));
    try {
      writeFileSync(join(dir, 'form01.pdf'), await renderForm01(buildFormDossier({ trackingUrl: URL })));
      execFileSync('pdftoppm', ['-png', '-r', '150', join(dir, 'form01.pdf'), join(dir, 'page')]);
      const decoded = execFileSync('zbarimg', ['-q', '--raw', join(dir, 'page-1.png')], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
      expect(decoded).toBe(URL);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
