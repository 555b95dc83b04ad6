import { Typography } from 'antd';

export type JsonViewProps = {
  /** Heading above the block (e.g. "Before"). */
  label: string;
  value: unknown;
  /** Shown when value is null or undefined. */
  emptyText: string;
  /** Top-level keys to highlight (changed fields). */
  highlight?: ReadonlySet<string>;
};

/** Pretty-printed JSON in a scrollable, focusable block; changed top-level keys are marked. */
export function JsonView({ label, value, emptyText, highlight }: JsonViewProps) {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return (
    <section aria-label={label} style={{ minWidth: 0, flex: 1 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <pre className="cchc-json" tabIndex={0}>
        {value === null || value === undefined ? emptyText
          : isObject ? renderObject(value as Record<string, unknown>, highlight)
            : JSON.stringify(value, null, 2)}
      </pre>
    </section>
  );
}

function renderObject(value: Record<string, unknown>, highlight?: ReadonlySet<string>) {
  const entries = Object.entries(value);
  return (
    <>
      {'{\n'}
      {entries.map(([key, field], index) => {
        const line = `  ${JSON.stringify(key)}: ${JSON.stringify(field, null, 2)?.replace(/\n/g, '\n  ')}${index < entries.length - 1 ? ',' : ''}\n`;
        return highlight?.has(key) ? <mark key={key} className="cchc-json-changed">{line}</mark> : <span key={key}>{line}</span>;
      })}
      {'}'}
    </>
  );
}
