/**
 * Lower-case text without Vietnamese diacritics, for accent-insensitive matching:
 * "Phường Đông Ba" → "phuong dong ba". NFD splits letters from their marks, the marks go, đ/Đ become d.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** True when every word of `query` occurs in one of `fields`, ignoring case and diacritics. */
export function matchesQuery(query: string, fields: readonly (string | null | undefined)[]): boolean {
  const words = foldDiacritics(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldDiacritics(fields.filter(Boolean).join(' \u0000 '));
  return words.every((word) => haystack.includes(word));
}
