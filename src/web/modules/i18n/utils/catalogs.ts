import { en } from '../../../locales/en';
import type { MessageKey } from '../../../locales/vi';
import { vi } from '../../../locales/vi';
import type { Lang } from './language';

export type { MessageKey };

export type MessageVars = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The message for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[lang][key] ?? catalogs.vi[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Like translate, for keys built at run time (a unit kind from the server): undefined when the catalog lacks it. */
export function translateOptional(lang: Lang, key: string): string | undefined {
  return (catalogs[lang] as Record<string, string>)[key];
}
