import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './auth';

/**
 * Issue 15 item 5: the plan page and the dashboard show a commune map of the plan's province, coloured by the chosen
 * target's coverage, with a legend and the same data in a table; a 2016 plan is drawn on today's 38 communes.
 */

test('the plan page shows the commune map, chosen by target with a plain form (no JavaScript)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  await page.goto('/ke-hoach/lc2228');
  const section = page.locator('section[aria-labelledby="map"]');
  await expect(section.getByRole('heading', { name: 'Bản đồ độ phủ theo xã, phường' })).toBeVisible();
  const svg = section.locator('svg');
  await expect(svg.locator('path')).toHaveCount(38);
  const titles = await svg.locator('a > title').allTextContents();
  expect(titles).toHaveLength(38);
  for (const title of titles) expect(title).toMatch(/^(Xã|Phường) [^:]+: /);
  // Merged communes name the 2016 communes inside them.
  expect(titles.some((t) => t.includes(' — '))).toBe(true);
  await expect(section.locator('.legend li')).toHaveCount(4);
  await section.getByText('Bảng số liệu của bản đồ').click();
  await expect(section.locator('tbody tr')).toHaveCount(38);

  const select = section.getByLabel('Tô màu theo chỉ tiêu');
  const options = await select.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
  const other = options[options.length - 1]!;
  await select.selectOption(other);
  await section.getByRole('button', { name: 'Tô màu bản đồ' }).click();
  await expect(page).toHaveURL(new RegExp(`ban-do=${other}`));
  await expect(page.locator('section[aria-labelledby="map"] svg path')).toHaveCount(38);
  await context.close();
});

test('the dashboard shows the map of its chosen target; the map has no axe violations', async ({ page }) => {
  await signIn(page);
  await page.goto('/tong-quan?plan=tv651&asOf=2019-12-31');
  const section = page.locator('section[aria-labelledby="map"]');
  await expect(section.locator('figcaption')).toHaveText(/Tỉnh Vĩnh Long/);
  // Trà Vinh's 2018 units drawn on the 41 Vĩnh Long communes they went into.
  await expect(section.locator('svg path')).toHaveCount(41);
  await section.locator('svg a').first().focus();
  await expect(section.locator('svg a').first()).toBeFocused();
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="map"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
