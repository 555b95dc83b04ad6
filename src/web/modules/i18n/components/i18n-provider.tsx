import type { ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { I18nContext } from '../hooks/use-i18n';
import type { I18n } from '../hooks/use-i18n';
import { translate, translateOptional } from '../utils/catalogs';
import { formatDateTime, formatLocalDate } from '../utils/format-date';
import type { Lang } from '../utils/language';
import { applyLang, readStoredLang } from '../utils/language';

function initialLang(): Lang {
  const lang = readStoredLang();
  applyLang(lang);
  return lang;
}

/** Holds the interface language (Vietnamese by default), persisted in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  const setLang = useCallback((next: Lang) => {
    applyLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => ({
    lang,
    setLang,
    t: (key, vars) => translate(lang, key, vars),
    tOr: (key, fallback) => translateOptional(lang, key) ?? fallback,
    formatDate: (date) => formatLocalDate(date, lang),
    formatDateTime: (instant) => formatDateTime(instant, lang),
    collator: new Intl.Collator(lang, { sensitivity: 'base', numeric: true }),
  }), [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
