import { ACTIVITY_TYPE_LABELS, type ActivityType, type Plan } from '@pcmbn/domain';

export interface Option {
  value: string;
  label: string;
}

export interface EditorOptions {
  agencies: Option[];
  /** Districts and communes of the plan's province in its structure, named with their district. */
  areas: Option[];
  /** Districts alone (a coverage target may be limited to one). */
  districts: Option[];
  /** Area tags known to the domain and used in the province, with their Vietnamese names. */
  tags: Option[];
}

export const ACTIVITY_TYPE_OPTIONS: Option[] = (Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[]).map((t) => ({
  value: t,
  label: ACTIVITY_TYPE_LABELS[t].vi,
}));

export const componentOptions = (plan: Plan): Option[] =>
  plan.components.map((c) => ({ value: c.id, label: c.title || c.id }));
export const objectiveOptions = (plan: Plan): Option[] =>
  plan.objectives.map((o) => ({ value: o.id, label: o.text.length > 80 ? `${o.text.slice(0, 80)}…` : o.text || o.id }));

/** A fresh id for a new row, inside the plan's id space ('tv651-t-x7k2'), as validatePlan asks of targets. */
export function newId(plan: Plan, infix: string): string {
  return `${plan.id || 'moi'}-${infix}-${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * The id of a new plan, made from its province and the number in its code ('p12-2228-x7k2'); never typed nor shown
 * (issue 15: ids generated and hidden). Its rows' ids start with it (newId), as validatePlan asks.
 */
export function newPlanId(plan: Pick<Plan, 'provinceCode' | 'code'>): string {
  const number = /\d+/.exec(plan.code)?.[0] ?? 'kh';
  return `p${plan.provinceCode || 'x'}-${number}-${Math.random().toString(36).slice(2, 6)}`.toLowerCase();
}
