import type { Ii06aFigures } from '../../../api/reports';
import type { Lang } from '../../i18n/utils/language';
import { intlLocale } from '../../i18n/utils/language';

const formats = new Map<string, Intl.NumberFormat>();
const cached = (key: string, make: () => Intl.NumberFormat): Intl.NumberFormat => {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
};

/** Shown where a rate has no denominator (nothing resolved, nothing received) or the server marks it N/A. */
export const NO_VALUE = '—';

/** A count the way the language writes it: 50.000 (vi), 50,000 (en). */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return cached(`n-${lang}`, () => new Intl.NumberFormat(intlLocale(lang))).format(value);
}

/** A score with up to 2 decimals: 87,5 (vi), 87.5 (en). */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return cached(`s-${lang}`, () => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 })).format(value);
}

/** A percentage given on the 0–100 scale, always with 2 decimals: 95,50% (vi), 95.50% (en). */
export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return cached(`p-${lang}`, () => new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2,
  })).format(value / 100);
}

/** numerator ÷ denominator on the 0–100 scale; null when the denominator is 0 (no rate, not 0 %). */
export function percentOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

/** Resolved early or on time among the resolved (Circular 01/2020/TT-VPCP, form II.06a; Decision 766 index 2.1). */
export const onTimeRate = (f: Ii06aFigures): number | null => percentOf(f.resolvedEarly + f.resolvedOnTime, f.resolved);

/** Received online among the newly received (carried-over dossiers are left out: they were received before the period). */
export const onlineRate = (f: Ii06aFigures): number | null =>
  percentOf(f.receivedOnline, f.receivedOnline + f.receivedInPersonOrPostal);
