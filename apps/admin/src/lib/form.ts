/**
 * A text field of a posted form: its value, or `fallback` when the field is missing or is a file
 * (`String(form.get(name))` would turn a file posted under a text field's name into "[object File]").
 */
export function field(form: FormData, name: string, fallback = ''): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : fallback;
}

/** A checked form's errors as the fields show them: the first message of each field (superforms keeps a list). */
export function firstErrors<T extends object>(errors: T): { [K in Exclude<keyof T, '_errors'>]?: string } {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([k, v]) =>
      k !== '_errors' && Array.isArray(v) && typeof v[0] === 'string' ? [[k, v[0]]] : [],
    ),
  ) as { [K in Exclude<keyof T, '_errors'>]?: string };
}

/** An account form's refusal (sign-in, password): a message in both languages, or none when only fields are wrong. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A refused account form as AccountForm shows it: the message in both languages, the first error of each field. */
export function accountFailure(form: { message?: Bilingual; errors: object } | undefined) {
  return form && { message: form.message?.vi, messageEn: form.message?.en, fields: firstErrors(form.errors) };
}
