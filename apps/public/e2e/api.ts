// API helpers for the public site's end-to-end tests: an officer made by the stack's seeded admin (through
// @pcmbn/playwright, shared with the admin tests) enters records, and the admin approves them — the records then
// count on the public progress page.
import { adminClient, asAdmin, readyAccount, type Account, type ApiClient } from '@pcmbn/playwright';

/** The seeded admin, signed in through the API. */
export const admin = adminClient;

/** A province admin of every province with a known password (signed in through the API). */
export function newAdmin(): Promise<Account & { api: ApiClient }> {
  return readyAccount({ prefix: 'e2e-public', password: 'mat khau e2e cong khai' });
}

/** `count` approved records of the Trà Vinh plan at `areaCode` (entered by an officer, approved by the admin). */
export async function approvedRecords(
  areaCode: string,
  count: number,
  type = 'community_event' as const,
): Promise<void> {
  const officer = await newAdmin();
  for (let i = 0; i < count; i++) {
    const r = await officer.api.record.create.mutate({
      planId: 'tv651',
      type,
      date: `2019-05-${String(i + 1).padStart(2, '0')}`,
      areaCode,
      quantity: 1,
    });
    const submitted = await officer.api.record.submit.mutate({ id: r.id, version: r.version });
    await asAdmin((api) => api.record.approve.mutate({ id: submitted.id, version: submitted.version }));
  }
}
