/** A form path such as ['entries', 3, 'date']. */
export type FieldPath = (string | number)[];

/**
 * The form path an error of the server names, whichever way it spells it: `schedules[0].entries[3].date` (domain
 * validation), `body.entries.2.reason` (schema validation), `entries[1].date`, `body.morningEnd`.
 */
export function fieldPath(field: unknown): FieldPath | undefined {
  if (typeof field !== 'string' || field.trim() === '') return undefined;
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift();
  if (parts[0] === 'schedules' && /^\d+$/.test(parts[1] ?? '')) parts.splice(0, 2);
  if (parts.length === 0) return undefined;
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The row of the entries table an error is about, if any. */
export function entryRowOf(path: FieldPath | undefined): number | undefined {
  return path && path[0] === 'entries' && typeof path[1] === 'number' ? path[1] : undefined;
}
