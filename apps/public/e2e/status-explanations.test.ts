import { expect, test } from '@playwright/test';

/**
 * Issue 14 (Also): on the province page every target's status comes with its one sentence from the domain, including
 * why "no data" (Trà Vinh's high-risk communes carry no tag). English readers get the English sentence; Khmer readers
 * the Vietnamese one, tagged like the plan's other wording.
 */
const CASES = [
  { prefix: '', lang: 'vi', noData: /^Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch/ },
  { prefix: '/en', lang: 'en', noData: /^Not enough data: none of the \d+ communes in the plan area/ },
  { prefix: '/km', lang: 'vi', noData: /^Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch/ },
] as const;

for (const { prefix, lang, noData } of CASES) {
  test(`${prefix || '/'} tinh/84: each status with its explanation, and why no data`, async ({ page }) => {
    await page.goto(`${prefix}/tinh/84`);
    const cards = page.locator('ul.targets > li');
    await expect(cards.first()).toBeVisible();
    const why = page.locator('[data-target="tv651-t-ii-2"] .status-why [lang]');
    await expect(why).toHaveText(noData);
    await expect(why).toHaveAttribute('lang', lang);
    const n = await cards.count();
    for (let i = 0; i < n; i++) await expect(cards.nth(i).locator('.status-why')).not.toBeEmpty();
  });
}
