import { createContext, useContext } from 'react';
import type { MessageKey, MessageVars } from '../utils/catalogs';
import type { Lang } from '../utils/language';

export type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The catalog message for `key` in the current language. */
  t: (key: MessageKey, vars?: MessageVars) => string;
  /** A message for a key known only at run time, or `fallback` when the catalog has none. */
  tOr: (key: string, fallback: string) => string;
  /** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
  formatDate: (value: string | null | undefined) => string;
  /** An instant as dd/mm/yyyy hh:mm:ss, province time. */
  formatDateTime: (value: string | null | undefined) => string;
  /** Sorts names the way the language does (Vietnamese: a ă â b c d đ e ê …). */
  collator: Intl.Collator;
};

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
