import { formatMonthDayVi, parseDateCell, parseMonthDayVi, type Plan } from '@pcmbn/domain';
import { dueOfKind, withKind } from './kinds';

/**
 * Without JavaScript the editor posts its fields as a plain form: each input is named by its path in the plan
 * ('targets.0.minQuantity'), with a suffix saying how to read it; the draft the page was rendered from comes along
 * in a hidden field, and the posted fields are laid over it. With JavaScript the page posts the whole document
 * instead (PlanEditor), and none of this runs.
 */
export type FieldKind = 'text' | 'date' | 'monthday' | 'choice' | 'number' | 'list' | 'many' | 'bool';

export const fieldName = (path: string, kind: FieldKind) => (kind === 'text' ? path : `${path}:${kind}`);

/**
 * A short list shown as text, one item a line (audiences: "Nhân dân 108 xã, phường, thị trấn; trọng điểm 23 xã
 * biên giới…" is one item, so ';' cannot separate them).
 */
export const listText = (items: readonly string[] | undefined) => (items ?? []).join('\n');

/** A list typed as text, one item a line (a browser posts a textarea's lines with CRLF). Blank is absent. */
export function listItems(text: string): string[] | undefined {
  const items = text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A multiple choice as chosen now, in the plan's order for what stays (the order the plan lists agencies in). */
export function keepOrder(before: readonly string[] | undefined, chosen: readonly string[]): string[] {
  const kept = (before ?? []).filter((v) => chosen.includes(v));
  return [...kept, ...chosen.filter((v) => !kept.includes(v))];
}

const NAME =
  /^([A-Za-z][A-Za-z0-9]*(?:\.(?:[A-Za-z][A-Za-z0-9]*|\d{1,4}))*)(?::(date|monthday|choice|number|list|many|bool))?$/;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
/** Lists whose absence means "no restriction" (output_count targets' areas, a target's activities): never stored empty. */
export const OPTIONAL_LISTS = new Set(['areaCodes', 'requiredAreaCodes', 'activityIds', 'periods']);

function read(kind: FieldKind, values: string[]): unknown {
  const last = values.at(-1) ?? '';
  switch (kind) {
    case 'text':
      return last;
    case 'date':
      // dd/mm/yyyy (or ISO) as ISO; text that reads as no date goes on as typed, for the API to name the field.
      return last.trim() === '' ? '' : (parseDateCell(last) ?? last);
    case 'monthday':
      // A day of the year typed dd/mm (or d/m) as the domain's 'MM-DD'; anything else as typed (monthDayErrors).
      return readMonthDay(last);
    case 'choice':
      return last === '' ? undefined : last;
    case 'number':
      return last.trim() === '' ? undefined : Number(last);
    case 'list':
      return listItems(last);
    case 'many':
      // A hidden empty entry comes first, so that a list with nothing chosen is still posted.
      return values.filter(Boolean);
    case 'bool':
      return values.includes('on');
  }
}

function valueAt(node: unknown, path: string[]): unknown {
  for (const key of path)
    node =
      node !== null && typeof node === 'object' && Object.hasOwn(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined;
  return node;
}

/** Sets `value` at `path` inside rows that exist already (rows are added only by the row buttons). */
function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: unknown = target;
  for (const [i, key] of path.entries()) {
    if (FORBIDDEN.has(key) || node === null || typeof node !== 'object') return;
    const container = node as Record<string, unknown>;
    if (Array.isArray(container) && !(/^\d+$/.test(key) && Number(key) < container.length)) return;
    if (i === path.length - 1) {
      if (value === undefined) delete container[key];
      else container[key] = value;
      return;
    }
    // An optional object left out of the draft (parentProgramme, an observance's window) is made when typed into.
    if (container[key] === undefined && !Array.isArray(container)) container[key] = {};
    node = container[key];
  }
}

/** The draft with the posted fields laid over it, and the rows whose kind changed (to be filled in before saving). */
export function overlayFields(base: Plan, form: FormData): { draft: Plan; reshaped: string[] } {
  const draft = structuredClone(base);
  for (const name of new Set(form.keys())) {
    const m = NAME.exec(name);
    if (!m || ['version', 'base', 'document', 'row'].includes(name)) continue;
    const path = m[1]!.split('.');
    const kind = (m[2] ?? 'text') as FieldKind;
    const posted = form.getAll(name).map(String);
    const before = valueAt(base, path) as string[] | undefined;
    // A list left as shown stays as it was (its items as stored, spaces included).
    if (kind === 'list' && listItems(posted.at(-1) ?? '')?.join('\n') === listItems(listText(before))?.join('\n'))
      continue;
    let value = read(kind, posted);
    if (kind === 'many') {
      value = keepOrder(before, value as string[]);
      // An optional list (a target's areas) left empty is absent: [] would mean "in no area".
      if ((value as string[]).length === 0 && OPTIONAL_LISTS.has(path.at(-1)!)) value = undefined;
    }
    setAt(draft, path, value);
  }
  const reshaped: string[] = [];
  draft.targets.forEach((target, i) => {
    const before = base.targets[i]?.kind;
    if (before && target.kind !== before) {
      draft.targets[i] = withKind(target, target.kind);
      reshaped.push(`Chỉ tiêu ${i + 1}`);
    }
  });
  draft.reporting.forEach((rule, i) => {
    const before = base.reporting[i]?.due.kind;
    if (before && rule.due.kind !== before) {
      rule.due = dueOfKind(rule.due.kind);
      reshaped.push(`Báo cáo ${i + 1}`);
    }
  });
  return { draft, reshaped };
}

/** A day of the year as typed, dd/mm or d/m, as 'MM-DD'; blank is ''; text that is no day stays as typed. */
export const readMonthDay = (text: string) => (text.trim() === '' ? '' : (parseMonthDayVi(text) ?? text));

const HOW = 'hãy nhập ngày/tháng, ví dụ 01/07 hoặc 30/7.';

/** Why a day of the year held by the editor (stored 'MM-DD', or text as typed) is refused; undefined when it is a day. */
function monthDayError(value: string | undefined, required: boolean): string | undefined {
  if (value === undefined || value.trim() === '') return required ? `Chưa có ngày; ${HOW}` : undefined;
  const shown = formatMonthDayVi(value);
  return parseMonthDayVi(shown) === value ? undefined : `Ngày “${shown}” không có trong năm; ${HOW}`;
}

/**
 * The editor's days of the year that are no day (31/02, 01/13, "abc", one end of a window left empty), keyed by
 * their path in the plan: the save is refused with these beside the fields, whatever was typed kept on screen,
 * with or without JavaScript (the domain's own message speaks of 'MM-DD', which officers never type).
 */
export function monthDayErrors(plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  const check = (path: string, value: string | undefined, required: boolean) => {
    const message = monthDayError(value, required);
    if (message) out[path] = message;
  };
  const window = (path: string, w: { from: string; to: string } | undefined) => {
    if (!w) return;
    const any = `${w.from ?? ''}${w.to ?? ''}`.trim() !== '';
    check(`${path}.from`, w.from, any);
    check(`${path}.to`, w.to, any);
  };
  plan.targets.forEach((t, i) => {
    if (t.kind === 'cadence') window(`targets.${i}.window`, t.window);
  });
  plan.observances.forEach((o, i) => {
    check(`observances.${i}.date`, o.date, true);
    window(`observances.${i}.window`, o.window);
    window(`observances.${i}.peak`, o.peak);
  });
  return out;
}
