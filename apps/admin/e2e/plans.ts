// Plans for the editor tests (plans.test.ts, plan-editor.test.ts).
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { officerApi } from './auth';

/** A small plan of its own per test, so that edits never disturb the seed plans other tests read. */
export async function freshPlan(): Promise<string> {
  const id = `e2e-${randomBytes(3).toString('hex')}`;
  await (
    await officerApi()
  ).plan.create.mutate({
    document: {
      id,
      code: '12/KH-UBND',
      title: 'Kế hoạch thử nghiệm e2e',
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      issuedOn: '2017-01-05',
      provinceCode: '12',
      areaStructure: '2016-11-09',
      period: { from: '2017-01-05', to: '2017-12-31' },
      components: [
        {
          id: `${id}-c1`,
          title: 'Truyền thông tại cộng đồng',
          leadAgencyId: 'lc-sldtbxh',
          cooperatingAgencyIds: ['lc-bao'],
        },
      ],
      activities: [
        {
          id: `${id}-a1`,
          componentId: `${id}-c1`,
          type: 'leaflet',
          title: 'Phát tờ rơi',
          period: { from: '2017-01-05', to: '2017-12-31' },
          plannedQuantity: 1000,
          unit: 'tờ',
        },
      ],
      targets: [
        {
          id: `${id}-t1`,
          kind: 'output_count',
          title: 'Phát 1.000 tờ rơi',
          period: { from: '2017-01-05', to: '2017-12-31' },
          activityTypes: ['leaflet'],
          minQuantity: 1000,
        },
      ],
    },
  });
  return id;
}

/**
 * Waits until every target's live preview on the editor's targets step has its answer (a preview arriving moves
 * the text under it, and with it the save buttons near the end of the page).
 */
export async function previewsSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-preview][data-asking="true"]')).toHaveCount(0);
}
