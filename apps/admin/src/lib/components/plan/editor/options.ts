import { ACTIVITY_TYPE_LABELS, type ActivityType, type Plan } from '@pcmbn/domain';

export interface Option {
  value: string;
  label: string;
}

export interface EditorOptions {
  agencies: Option[];
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
