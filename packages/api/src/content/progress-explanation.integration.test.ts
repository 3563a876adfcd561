import { TARGET_STATUS_EXPLANATIONS } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

/**
 * Issue 14 (Also): the public progress gives every target's status its one sentence from the domain
 * (statusExplanation), including why "no data" — Trà Vinh's high-risk communes carry no tag — and never a count.
 */
let t: AuthTestApi;
let api: ApiClient;
beforeAll(async () => {
  t = await startAuthTestApi();
  api = client(t);
});
afterAll(() => t.close());

describe('public.planProgress explanations', () => {
  it('each target carries the sentence of its status; a no_data one says what is missing', async () => {
    const progress = await api.public.planProgress.query({ provinceCode: '84', asOf: '2019-12-31' });
    const targets = progress.plans[0]!.targets;
    const noData = targets.find((x) => x.id === 'tv651-t-ii-2')!;
    expect(noData.status).toBe('no_data');
    expect(noData.explanation.vi).toMatch(/^Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch/);
    expect(noData.explanation.en).toMatch(/^Not enough data: none of the/);
    for (const target of targets.filter((x) => x.status !== 'no_data'))
      expect(target.explanation).toEqual(TARGET_STATUS_EXPLANATIONS[target.status]);
  });
});
