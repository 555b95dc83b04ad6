import { instantToLocal } from './local-date.js';

/** An instant written in Vietnam time, e.g. 2024-02-16T17:00:00+07:00. */
export function formatVietnamInstant(ms: number): string {
  const local = instantToLocal(ms);
  const s = Math.floor(local.msOfDay / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.date}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}+07:00`;
}
