import { fontsDrawing } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { pairKiosk } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

// Issue 16 item 9: the shipped Noto Sans Khmer comes first in the font list, so a kiosk box's own (missing or
// partial) Khmer font never draws the "ភាសាខ្មែរ" button or Khmer titles as boxes.
test('the "ភាសាខ្មែរ" button and Khmer text are drawn in the shipped Noto Sans Khmer', async ({ page }) => {
  await pairKiosk(page);
  await expect(page.getByRole('button', { name: 'ភាសាខ្មែរ' })).toBeVisible();
  expect(await fontsDrawing(page, 'button[lang="km"]')).toEqual([
    expect.objectContaining({ familyName: 'Noto Sans Khmer', isCustomFont: true }),
  ]);

  await page.getByRole('button', { name: 'ភាសាខ្មែរ' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  const start = page.getByRole('button', { name: 'ប៉ះដើម្បីចាប់ផ្តើម' });
  await expect(start).toBeVisible();
  await start.evaluate((el) => el.setAttribute('data-font-probe', ''));
  const fonts = await fontsDrawing(page, '[data-font-probe]');
  expect(fonts).toContainEqual(expect.objectContaining({ familyName: 'Noto Sans Khmer', isCustomFont: true }));
});
