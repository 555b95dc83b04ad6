import dayjs from 'dayjs';
import 'dayjs/locale/vi';

export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

const STORAGE_KEY = 'cchc.lang';

/** The language chosen before, Vietnamese otherwise. */
export function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Remembers the language and applies it to <html lang> and dayjs (date pickers). */
export function applyLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
}

/** BCP 47 locale for Intl: vi-VN, or British English for day/month/year order. */
export const intlLocale = (lang: Lang): string => (lang === 'vi' ? 'vi-VN' : 'en-GB');
