import { expect, test } from '@playwright/test';
import { signIn } from './auth';
import { hydrated } from './hydration';

/**
 * Issue 15 item 4 (the agencies page under 1 s): the page sends the area list of one province only, the one chosen
 * in the form; choosing another fetches its list (JavaScript) or reloads the page with what was typed (without).
 * Lai Châu is province 12: its own unit is offered as "<structure>|12".
 */
const LAI_CHAU = '#area option[value$="|12"]';
const TRA_VINH = '#area option[value$="|84"]';

test('choosing another province in the new-agency form offers that province’s areas', async ({ page }) => {
  await signIn(page, undefined, '/quan-tri/co-quan?tinh=84');
  await expect(page.locator(TRA_VINH).first()).toBeAttached();
  await expect(page.locator(LAI_CHAU)).toHaveCount(0);
  await hydrated(page);
  await page.getByLabel('Tỉnh Province', { exact: true }).selectOption('12');
  await expect(page.locator(LAI_CHAU).first()).toBeAttached();
  await expect(page.locator(TRA_VINH)).toHaveCount(0);
});

test('without JavaScript the province button brings back the form with the chosen province’s areas', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, undefined, '/quan-tri/co-quan?tinh=84');
  await page.getByLabel('Tên cơ quan').fill('Sở thử địa bàn');
  await page.getByLabel('Tỉnh Province', { exact: true }).selectOption('12');
  await page.getByRole('button', { name: 'Xem địa bàn của tỉnh' }).click();
  await expect(page).toHaveURL(/doi-tinh=1/);
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Sở thử địa bàn');
  await expect(page.getByLabel('Tỉnh Province', { exact: true })).toHaveValue('12');
  await expect(page.locator(LAI_CHAU).first()).toBeAttached();
  await expect(page.locator(TRA_VINH)).toHaveCount(0);
  await context.close();
});
