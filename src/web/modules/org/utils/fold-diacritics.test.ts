import { describe, expect, it } from 'vitest';
import { foldDiacritics, matchesQuery } from './fold-diacritics';

describe(foldDiacritics.name, () => {
  it('drops Vietnamese tone and vowel marks and turns đ/Đ into d', () => {
    expect(foldDiacritics('Phường Đông Ba')).toBe('phuong dong ba');
    expect(foldDiacritics('Sở Nội vụ tỉnh Hà Tĩnh')).toBe('so noi vu tinh ha tinh');
    expect(foldDiacritics('Xã Kỳ Anh')).toBe('xa ky anh');
  });

  it('handles precomposed and decomposed input alike', () => {
    expect(foldDiacritics('Hu\u1EBF')).toBe(foldDiacritics('Hue\u0302\u0301'));
  });
});

describe(matchesQuery.name, () => {
  it('finds a unit typed without accents, in any word order and case', () => {
    expect(matchesQuery('son kim', ['Xã Sơn Kim 1'])).toBe(true);
    expect(matchesQuery('KIM son', ['Xã Sơn Kim 1'])).toBe(true);
    expect(matchesQuery('dong ba', ['Phường Đông Ba'])).toBe(true);
  });

  it('needs every word to occur somewhere in the fields (name, English name or code)', () => {
    expect(matchesQuery('18196', ['Xã Sơn Kim 1', 'Son Kim 1 Commune', '18196'])).toBe(true);
    expect(matchesQuery('son hue', ['Xã Sơn Kim 1'])).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matchesQuery('   ', ['anything'])).toBe(true);
  });
});
