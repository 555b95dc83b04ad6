/**
 * Reads back the text of each page of a PDF written by this folder with `compress: false`, for tests: follows the
 * page tree, decodes each `TJ` through its font's ToUnicode map, reads a wide gap as a space, and joins text drawn on
 * one baseline into one line. Not a general PDF parser.
 */
export function extractPages(pdf: Buffer): string[] {
  const src = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]);
  const ref = (body: string, key: string): number | undefined => {
    const m = body.match(new RegExp(`/${key} (\\d+) 0 R`));
    return m ? Number(m[1]) : undefined;
  };
  const stream = (n: number): string => (objects.get(n) ?? '').replace(/^[\s\S]*?stream\r?\n/, '').replace(/endstream[\s\S]*$/, '');

  // Font resource name (F1, F2 …) → code → text, from each Type0 font's ToUnicode CMap.
  const fonts = new Map<string, Map<number, string>>();
  for (const body of objects.values()) {
    for (const m of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = ref(objects.get(Number(m[2])) ?? '', 'ToUnicode');
      if (toUnicode === undefined || fonts.has(m[1])) continue;
      const map = new Map<number, string>();
      for (const r of stream(toUnicode).matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
        let code = parseInt(r[1], 16);
        for (const entry of r[2].matchAll(/<([0-9a-f ]*)>/gi)) {
          const units = entry[1].trim().split(/\s+/).filter(Boolean).map((h) => parseInt(h, 16));
          map.set(code++, String.fromCharCode(...units));
        }
      }
      fonts.set(m[1], map);
    }
  }

  const pagesRoot = [...objects.values()].find((b) => /\/Type \/Pages\b/.test(b)) ?? '';
  const kids = [...(pagesRoot.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return kids.map((page) => {
    const lines: string[] = [];
    const contents = ref(objects.get(page) ?? '', 'Contents');
    if (contents === undefined) return '';
    let font = new Map<number, string>();
    let lastY: string | undefined;
    const ops = /1 0 0 1 [-\d.]+ ([-\d.]+) Tm|\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|-?[\d.]+|\s)*)\] TJ/gi;
    for (const m of stream(contents).matchAll(ops)) {
      if (m[1] !== undefined) {
        if (m[1] !== lastY) lines.push('');
        lastY = m[1];
      } else if (m[2] !== undefined) font = fonts.get(m[2]) ?? new Map();
      else {
        let text = '';
        for (const part of m[3].matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/gi)) {
          if (part[2] !== undefined) { if (Number(part[2]) <= -150) text += ' '; continue; }
          for (let i = 0; i < part[1].length; i += 4) text += font.get(parseInt(part[1].slice(i, i + 4), 16)) ?? '';
        }
        if (lines.length === 0) lines.push('');
        lines[lines.length - 1] += text;
      }
    }
    return lines.filter((l) => l.trim() !== '').join('\n');
  });
}

/** The text of all pages, one line per baseline. */
export const extractText = (pdf: Buffer): string => extractPages(pdf).join('\n');
