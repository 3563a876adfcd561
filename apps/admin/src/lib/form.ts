/**
 * A text field of a posted form: its value, or `fallback` when the field is missing or is a file
 * (`String(form.get(name))` would turn a file posted under a text field's name into "[object File]").
 */
export function field(form: FormData, name: string, fallback = ''): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : fallback;
}
