import { expect, test } from '@playwright/test';
import { officerApi, signIn } from './auth';
import { hydrated } from './hydration';
import { freshPlan } from './plans';

/**
 * Issue 14 "Also": a target's baseline (IATI) is typed in the plan editor and shown beside the actual; every status
 * comes with its one-sentence explanation from the domain, "no data" included.
 */
test.describe.configure({ timeout: 120_000 });

test('a baseline typed in the editor is shown beside the actual on the plan page', async ({ page }) => {
  const id = await freshPlan();
  // The guided editor's targets step; the baseline sits in the target's folded details.
  await signIn(page, undefined, `/ke-hoach/${id}/sua/chi-tieu`);
  await hydrated(page);
  await page.getByText('Chỉ tiêu 1: giá trị ban đầu, cách đọc').click();
  await page.getByLabel('Chỉ tiêu 1 — giá trị ban đầu').fill('200');
  await page.getByLabel('Chỉ tiêu 1 — ngày của giá trị ban đầu').fill('31/12/2016');
  await page.getByRole('button', { name: 'Lưu bước này' }).click();
  await expect
    .poll(async () => (await (await officerApi()).plan.get.query({ id })).plan.targets[0]?.baseline)
    .toEqual({ value: 200, date: '2016-12-31' });
  await page.goto(`/ke-hoach/${id}`);
  const target = page.locator(`[data-target="${id}-t1"]`);
  await expect(target.getByText(/^Giá trị ban đầu:/)).toHaveText('Giá trị ban đầu: 200 (ngày 31/12/2016)');
  await expect(target.getByText(/^Kết quả:/)).toBeVisible();
  expect((await (await officerApi()).plan.get.query({ id })).plan.targets[0]?.baseline).toEqual({
    value: 200,
    date: '2016-12-31',
  });
});

test('a target without data says why, beside its status', async ({ page }) => {
  await signIn(page, undefined, '/ke-hoach/tv651?asOf=2019-06-30');
  const target = page.locator('[data-target="tv651-t-ii-2"]');
  await expect(target.locator('[data-status]')).toHaveText(/Chưa đủ dữ liệu/);
  await expect(target.locator('.explanation')).toContainText('nguy cơ cao');
  // The dashboard's table says it too, not only a tooltip.
  await page.goto('/tong-quan?plan=tv651&asOf=2019-06-30');
  const row = page.getByRole('row').filter({ hasText: 'Chưa đủ dữ liệu' }).first();
  await expect(row).toContainText('nguy cơ cao');
});
