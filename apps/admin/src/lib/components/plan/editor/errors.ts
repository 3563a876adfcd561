/**
 * Field errors from the API come keyed by the input path ('document.targets.0.thresholdPercent', from zod or from
 * validatePlan); the editor keys them by the path inside the plan ('targets.0.thresholdPercent').
 */
export type FieldErrors = Record<string, string>;

export function planFieldErrors(fields: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.startsWith('document.') ? path.slice('document.'.length) : path;
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}

/** Errors of the field at `path` and of anything inside it (a list item's sub-field shown beside the list). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([, m]) => m);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** A DOM id for the input of a path. */
export const fieldId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
