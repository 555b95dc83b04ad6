/** Top-level fields whose JSON differs between `before` and `after` (both objects), for highlighting. */
export function changedKeys(before: unknown, after: unknown): Set<string> {
  const asObject = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const a = asObject(before);
  const b = asObject(after);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return new Set([...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])));
}
