import { describe, expect, it } from 'vitest';
import { createSheet, finishSheet } from './document.js';
import { extractText } from './extract-text.js';
import { FONT, loadFonts } from './fonts.js';

const VIETNAMESE = 'ĂăÂâĐđÊêÔôƠơƯư ÀÁẢÃẠ ẰẮẲẴẶ ẦẤẨẪẬ ÈÉẺẼẸ ỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ỒỐỔỖỘ ỜỚỞỠỢ ÙÚỦŨỤ ỪỨỬỮỰ ỲÝỶỸỴ ằắẳẵặ ừứửữự ỳýỷỹỵ';

async function render(lines: string[]): Promise<string> {
  const sheet = createSheet({ format: 'A5', title: 't', author: 'a', subject: 's', compress: false });
  for (const style of Object.values(FONT)) for (const line of lines) sheet.doc.font(style).text(line);
  return extractText(await finishSheet(sheet, 'when-several'));
}

describe(loadFonts.name, () => {
  it('has a glyph for every Vietnamese letter in all four styles', () => {
    for (const font of Object.values(loadFonts())) {
      const missing = [...'Ễ ữ ặ ử Đ đ ơ ư' + VIETNAMESE].filter((c) => c !== ' ' && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, font.postscriptName).toEqual([]);
    }
  });

  it('keeps every letter in the text layer of later documents that share the parsed fonts', async () => {
    await render(['ờ ở ỡ ợ ừ ữ Ờ Ữ']); // composite glyphs whose components are ơ, ư
    const text = await render(['Ễ ữ ặ ử Đ đ ơ ư', VIETNAMESE]);
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(flat(text)).toBe(flat(Array(4).fill(`Ễ ữ ặ ử Đ đ ơ ư ${VIETNAMESE}`).join(' ')));
  });
});
