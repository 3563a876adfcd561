import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * Issue 16 item 7: the province page draws its communes as server-rendered SVG coloured by published coverage,
 * each commune a focusable link named by its <title>, with a legend and the same data in a table below.
 */

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test("Lai Châu's page draws its 38 communes, each a named link, with a legend and the table", async ({ page }) => {
    await page.goto('/tinh/12');
    const map = page.locator('figure.map svg');
    await expect(map).toBeVisible();
    await expect(map.locator('path')).toHaveCount(38);
    const titles = await map.locator('a > title').allTextContents();
    expect(titles).toHaveLength(38);
    for (const title of titles)
      expect(title).toMatch(
        /^(Xã|Phường) [^:]+: (Đã thực hiện|Thực hiện một phần|Chưa thực hiện|Không thuộc chỉ tiêu)/,
      );
    // A 2016 plan on today's polygons: a merged commune names the old units inside it.
    expect(titles.some((t) => t.includes(' — '))).toBe(true);
    for (const d of await map.locator('path').evaluateAll((all) => all.map((p) => p.getAttribute('d') ?? '')))
      expect(d).toMatch(/^M\d/);
    await expect(page.locator('.legend li')).toHaveCount(4);
    await expect(page.getByText('sapnhap.bando.com.vn')).toBeVisible();

    // The table is collapsed, and a commune's link opens it at that commune's row.
    const table = page.locator('details.map-table');
    await expect(table).not.toHaveAttribute('open');
    await table.locator('summary').click();
    await expect(table.locator('tbody tr')).toHaveCount(38);
    const first = map.locator('a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^#xa-\d{5}$/);
    await expect(page.locator(href!)).toHaveCount(1);

    const bytes = (await map.evaluate((svg) => svg.outerHTML)).length;
    console.log(`/tinh/12 map: ${bytes.toLocaleString('en')} bytes of SVG markup (38 communes)`);
  });

  test('a commune is reached with the keyboard', async ({ page }) => {
    await page.goto('/tinh/12');
    const links = page.locator('figure.map svg a');
    await links.first().focus();
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.nth(1)).toBeFocused();
  });

  test('another target is chosen with a plain link', async ({ page }) => {
    await page.goto('/tinh/12');
    const intro = page.locator('.map-section > p').first();
    const before = await intro.textContent();
    await page.locator('details.map-targets summary').click();
    await page.locator('details.map-targets a').first().click();
    await expect(page).toHaveURL(/chi-tieu=/);
    await expect(intro).not.toHaveText(before ?? '');
    await expect(page.locator('figure.map svg path')).toHaveCount(38);
  });

  test('Trà Vinh, part of Vĩnh Long since 01/07/2025, is drawn on Vĩnh Long’s communes', async ({ page }) => {
    await page.goto('/tinh/84');
    await expect(page.locator('figure.map figcaption')).toHaveText(/Vĩnh Long/);
    await expect(page.locator('figure.map svg path')).toHaveCount(41);
    await expect(
      page.getByText(/Trà Vinh trước đây được vẽ trên các xã, phường hiện nay của Tỉnh Vĩnh Long/),
    ).toBeVisible();
  });
});

for (const path of ['/tinh/12', '/en/tinh/12', '/km/tinh/84']) {
  test(`axe: the map on ${path} has no violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('figure.map svg path').first()).toBeAttached();
    const results = await new AxeBuilder({ page }).include('.map-section').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
