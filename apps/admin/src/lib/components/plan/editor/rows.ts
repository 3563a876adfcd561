import type { Plan } from '@pcmbn/domain';
import { newId } from './options';

/**
 * Adding and removing rows of the plan's lists. The same functions run in the page (JavaScript) and in the `row`
 * form action (without it: the row buttons post the form and the server answers with the edited draft).
 */
export type ListPath =
  | 'legalBases'
  | 'objectives'
  | 'components'
  | 'duties'
  | 'targets'
  | 'activities'
  | `activities.${number}.places`
  | 'reporting'
  | 'observances';

const NEW_ROW: Record<string, (plan: Plan) => object> = {
  legalBases: () => ({ title: '' }),
  objectives: (plan) => ({ id: newId(plan, 'o'), text: '' }),
  components: (plan) => ({ id: newId(plan, 'c'), title: '', leadAgencyId: '', cooperatingAgencyIds: [] }),
  duties: (plan) => ({ id: newId(plan, 'd'), agencyId: '', role: 'implement', componentIds: [], text: '' }),
  targets: (plan) => ({
    id: newId(plan, 't'),
    kind: 'output_count',
    title: '',
    period: { ...plan.period },
    activityTypes: ['community_event'],
    minQuantity: 1,
  }),
  activities: (plan) => ({
    id: newId(plan, 'a'),
    type: 'community_event',
    title: '',
    cooperatingAgencyIds: [],
    period: { ...plan.period },
    places: [],
    audiences: [],
  }),
  places: () => ({ name: '' }),
  reporting: (plan) => ({
    id: newId(plan, 'r'),
    cadence: 'yearly',
    due: { kind: 'fixed_date', month: 12, day: 20, before: true },
    fromAgencyIds: [],
    toAgencyId: '',
  }),
  observances: (plan) => ({
    id: newId(plan, 'obs'),
    name: '',
    date: '07-30',
    window: { from: '', to: '' },
    peak: { from: '', to: '' },
  }),
};

const LIST_PATH =
  /^(legalBases|objectives|components|duties|targets|activities|reporting|observances|activities\.(\d{1,4})\.places)$/;

function list(plan: Plan, path: string): object[] | undefined {
  const m = LIST_PATH.exec(path);
  if (!m) return undefined;
  if (m[2] !== undefined) return plan.activities[Number(m[2])]?.places;
  return plan[m[1] as Exclude<ListPath, `activities.${number}.places`>];
}

export function addRow(plan: Plan, path: ListPath): void {
  list(plan, path)?.push(NEW_ROW[path.split('.').pop()!]!(plan));
}

export function removeRow(plan: Plan, path: ListPath, index: number): void {
  list(plan, path)?.splice(index, 1);
}

/** The value of a row button: 'add:targets', 'remove:activities.1.places.0'. */
export const rowOp = (op: 'add' | 'remove', path: ListPath, index?: number) =>
  op === 'add' ? `add:${path}` : `remove:${path}.${index}`;

/** Applies a row button's value to the draft; false if it is not one. */
export function applyRowOp(plan: Plan, value: string): boolean {
  const add = /^add:([\w.]+)$/.exec(value);
  if (add && list(plan, add[1]!)) {
    addRow(plan, add[1] as ListPath);
    return true;
  }
  const remove = /^remove:([\w.]+)\.(\d{1,4})$/.exec(value);
  if (remove && list(plan, remove[1]!)) {
    removeRow(plan, remove[1] as ListPath, Number(remove[2]));
    return true;
  }
  return false;
}
