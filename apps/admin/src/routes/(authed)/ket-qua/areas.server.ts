import { parseDateCell, todayInHoChiMinh, type Plan } from '@pcmbn/domain';
import type { PickerArea } from '$lib/components/record/labels';
import type { ApiClient } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';

/*
 * The record pages' area pickers come from area.options, which scopes them to the signed-in user (a district
 * officer's district) from the session: the `_user` parameters below stay only so the callers need no change.
 */

/** The districts and communes a record list of `plan` may be filtered by. */
export async function pickerAreas(
  api: ApiClient,
  plan: Pick<Plan, 'id'>,
  _user?: unknown,
  _levels?: unknown,
): Promise<PickerArea[]> {
  return (await areaOptions(api, { purpose: 'record-filter', planId: plan.id })).areas;
}

/**
 * The units a record of `plan` dated `date` may name (issue 14): a carried plan's old units before the carry date,
 * its new ones from it on. `structure` goes with the form, so a code picked from one list is never read in the
 * other (codes are reused).
 */
export async function entryAreas(
  api: ApiClient,
  plan: Pick<Plan, 'id'>,
  _user: unknown,
  date: string,
): Promise<{ structure: string; areas: PickerArea[] }> {
  const { structure, areas } = await areaOptions(api, { purpose: 'record-entry', planId: plan.id, date });
  return { structure, areas };
}

/** The date a form's list follows: the typed one when valid, else today, inside the plan's period. */
export function listDate(plan: Pick<Plan, 'period'>, typed: string | null | undefined): string {
  const date = (typed ? parseDateCell(typed) : undefined) ?? todayInHoChiMinh();
  return date < plan.period.from ? plan.period.from : date > plan.period.to ? plan.period.to : date;
}
