import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

/** plan.previewTarget: the editor's live preview of a target as typed, through real HTTP against PostgreSQL. */

let t: AuthTestApi;
let admin: ApiClient; // province_admin of Lai Châu (12)
let adminTv: ApiClient; // province_admin of Trà Vinh (84)
const ASOF = '2018-12-31';

beforeAll(async () => {
  t = await startAuthTestApi();
  admin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
  adminTv = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
}, 60_000);
afterAll(() => t.close());

describe('plan.previewTarget', () => {
  it('a stored target previews exactly as plan.status evaluates it, and nothing is saved', async () => {
    const { plan, version } = await admin.plan.get.query({ id: 'lc2228' });
    const status = await admin.plan.status.query({ id: 'lc2228', asOf: ASOF });
    for (const target of plan.targets.slice(0, 6)) {
      const preview = await admin.plan.previewTarget.query({ id: 'lc2228', target, asOf: ASOF });
      const stored = status.results.find((r) => r.targetId === target.id)!;
      expect(preview).toMatchObject({
        asOf: ASOF,
        targetId: target.id,
        status: stored.status,
        value: stored.value,
        threshold: stored.threshold,
        explanation: stored.explanation,
      });
      expect(preview.meaning).not.toBe('');
    }
    expect((await admin.plan.get.query({ id: 'lc2228' })).version).toBe(version);
  });

  it('a changed threshold is evaluated as typed', async () => {
    const { plan } = await admin.plan.get.query({ id: 'lc2228' });
    const coverage = plan.targets.find((x) => x.kind === 'area_coverage')!;
    const preview = await admin.plan.previewTarget.query({
      id: 'lc2228',
      target: { ...coverage, thresholdPercent: 37 },
      asOf: ASOF,
    });
    expect(preview.threshold).toBe(37);
  });

  it('refuses a plan of another province and a target that is not one', async () => {
    const { plan } = await admin.plan.get.query({ id: 'lc2228' });
    const target = plan.targets[0]!;
    expect(
      (await apiError(adminTv.plan.previewTarget.query({ id: 'lc2228', target }))).httpStatus,
    ).toBeGreaterThanOrEqual(403);
    const bad = await apiError(admin.plan.previewTarget.query({ id: 'lc2228', target: { ...target, title: '' } }));
    expect(bad.httpStatus).toBe(400);
  });
});
