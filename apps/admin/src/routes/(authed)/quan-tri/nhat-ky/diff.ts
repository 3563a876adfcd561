/** One changed field of an audit entry, values as short JSON text. */
export interface Change {
  key: string;
  before: string;
  after: string;
}

const show = (v: unknown): string => {
  if (v === undefined) return '—';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Top-level fields that differ between before and after (both objects), or the whole values otherwise. */
export function auditChanges(before: unknown, after: unknown): Change[] {
  if (!isObject(before) && !isObject(after)) {
    return before === null && after === null
      ? []
      : [{ key: '(giá trị)', before: show(before ?? undefined), after: show(after ?? undefined) }];
  }
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ key: k, before: show(b[k]), after: show(a[k]) }));
}
