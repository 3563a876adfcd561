import { expect, test } from '@playwright/test';

/**
 * Issue 12: what a reader at risk searched for stays out of caches, the title and the links in <head>; after quick
 * exit, Back does not bring the site's pages up again; the help page says how to clear the browsing history.
 */

const SEARCH = 'trốn khỏi chồng';

for (const prefix of ['', '/en', '/km']) {
  test(`search answers ${prefix || '/'} are private, no-store, and keep the words out of <head>`, async ({
    request,
  }) => {
    const response = await request.get(`${prefix}/tim-kiem?q=${encodeURIComponent(SEARCH)}`);
    expect(response.status()).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl).toContain('no-store');
    expect(cacheControl).toContain('private');
    expect(cacheControl).not.toMatch(/public|max-age|s-maxage/);

    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
    expect(title).not.toBe('');
    for (const form of [SEARCH, encodeURIComponent(SEARCH), 'q=']) {
      expect(title).not.toContain(form);
      expect(head).not.toContain(form);
    }
    expect(head).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${prefix}/tim-kiem"`));
  });
}

test('after quick exit, Back does not show the pages of the site opened before', async ({ page, baseURL }) => {
  await page.route('https://www.google.com.vn/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
  // Two pages opened from the address bar (or a bookmark): two history entries, which no page can delete.
  await page.goto('/kien-thuc');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/tinh/84');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trà Vinh/);

  await page.getByRole('link', { name: 'Thoát nhanh' }).click();
  await page.waitForURL('https://www.google.com.vn/**');
  await expect(page.getByText('neutral')).toBeVisible();

  // Back brings up /kien-thuc's entry: it must leave again for the neutral site, its content never shown.
  await page.goBack().catch(() => null);
  await page.waitForURL('https://www.google.com.vn/**');
  await expect(page.getByText('neutral')).toBeVisible();
  expect(page.url().startsWith(baseURL ?? '')).toBe(false);

  // Coming back on purpose (the address bar) works as usual.
  await page.goto('/kien-thuc');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url().startsWith(baseURL ?? '')).toBe(true);
});

test('Shift pressed three times is a quick exit', async ({ page }) => {
  await page.route('https://www.google.com.vn/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
  await page.goto('/kien-thuc');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL('https://www.google.com.vn/**');
  await expect(page.getByText('neutral')).toBeVisible();
});

for (const { prefix, link, heading } of [
  { prefix: '', link: 'Duyệt web an toàn và xoá lịch sử duyệt web', heading: 'Cách xoá lịch sử duyệt web' },
  {
    prefix: '/en',
    link: 'Browsing safely and clearing your browsing history',
    heading: 'How to clear your browsing history',
  },
  { prefix: '/km', link: 'ការរុករកដោយសុវត្ថិភាព និងការលុបប្រវត្តិរុករក', heading: 'របៀបលុបប្រវត្តិរុករក' },
]) {
  test(`the help page ${prefix || '/'} says how to clear the browsing history`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/an-toan$`));
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Ctrl + Shift + Delete');
    await expect(page.getByRole('main')).toContainText('Shift');
  });
}
