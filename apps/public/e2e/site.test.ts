import { expect, test, type Page } from '@playwright/test';
import { admin, approvedRecords } from './api';

const LANGS = [
  { lang: 'vi', prefix: '', knowledge: 'Kiến thức phòng, chống mua bán người', quickExit: 'Thoát nhanh' },
  { lang: 'en', prefix: '/en', knowledge: 'Knowledge against human trafficking', quickExit: 'Quick exit' },
  { lang: 'km', prefix: '/km', knowledge: 'ចំណេះដឹង បង្ការ និងប្រឆាំងការជួញដូរមនុស្ស', quickExit: 'ចាកចេញរហ័ស' },
] as const;

/** Every page: `<html lang>`, the hotline as a tel: link in the header, quick exit. */
async function expectChrome(page: Page, lang: string, quickExit: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('banner').locator('a[href="tel:111"]')).toBeVisible();
  await expect(page.getByRole('link', { name: quickExit })).toHaveAttribute(
    'href',
    /^https:\/\/www\.google\.com\.vn\//,
  );
}

for (const { lang, prefix, knowledge, quickExit } of LANGS) {
  test(`every page renders real API content in ${lang}`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    await expectChrome(page, lang, quickExit);
    await expect(page.locator('a[href="tel:113"]')).toBeVisible();

    await page.goto(`${prefix}/kien-thuc`);
    await expectChrome(page, lang, quickExit);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(knowledge);
    await expect(page.locator(`a[href="${prefix}/kien-thuc/goi-tro-giup"]`).first()).toBeVisible();

    // An article that exists in every language: the hotline number is put in by the API.
    await page.goto(`${prefix}/kien-thuc/goi-tro-giup`);
    await expectChrome(page, lang, quickExit);
    await expect(page.locator('article')).toContainText('111');
    await expect(page.locator('article')).not.toContainText('{{hotline}}');
    await expect(page.locator('link[rel="alternate"][hreflang="km"]')).toHaveAttribute(
      'href',
      /\/km\/kien-thuc\/goi-tro-giup$/,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${prefix}/kien-thuc/goi-tro-giup$`),
    );

    // One that has no Khmer version: Khmer readers get the Vietnamese text with a notice.
    await page.goto(`${prefix}/kien-thuc/luat-2024`);
    await expectChrome(page, lang, quickExit);
    if (lang === 'km') await expect(page.getByRole('note')).toContainText('ភាសាវៀតណាម');
    else await expect(page.getByRole('note')).toHaveCount(0);

    await page.goto(`${prefix}/su-kien?nam=2026`);
    await expectChrome(page, lang, quickExit);
    await expect(page.locator('time[datetime="2026-07-30"]').first()).toBeVisible();
    await expect(page.locator('time[datetime="2026-07-01"]')).toHaveText('01/07/2026');

    await page.goto(`${prefix}/tinh/84`);
    await expectChrome(page, lang, quickExit);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Trà Vinh');
    // Trà Vinh has been part of Vĩnh Long since 01/07/2025; its plan's results stay under the plan's own units.
    const merged = {
      vi: 'là một phần của Tỉnh Vĩnh Long',
      en: 'has been part of Tỉnh Vĩnh Long',
      km: 'ជាផ្នែកមួយនៃ Tỉnh Vĩnh Long',
    }[lang];
    await expect(page.getByRole('note').filter({ hasText: '01/07/2025' })).toContainText(merged);
    // Each target as a card with its status, result and what is required.
    const target = page.locator('ul.targets > li').first();
    await expect(target).toBeVisible();
    await expect(target.locator('.status')).not.toBeEmpty();

    await page.goto(`${prefix}/tim-kiem?q=111`);
    await expectChrome(page, lang, quickExit);
    await expect(page.getByRole('status')).toBeVisible();
  });
}

test('the language switcher keeps the page', async ({ page }) => {
  await page.goto('/kien-thuc/goi-tro-giup');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/kien-thuc\/goi-tro-giup$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'ភាសាខ្មែរ' }).click();
  await expect(page).toHaveURL(/\/km\/kien-thuc\/goi-tro-giup$/);
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/kien-thuc\/goi-tro-giup$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.goto('/su-kien?nam=2027');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/su-kien\?nam=2027$/);
});

test('search without diacritics: "lua dao" finds "lừa đảo"', async ({ page }) => {
  await page.goto('/tim-kiem');
  await page.getByLabel('Từ khóa').fill('lua dao');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=lua\+dao/);
  await expect(page.getByRole('status')).toContainText('kết quả');
  await expect(page.locator('.hits')).toContainText(/lừa đảo/i);
});

test('province page: small counts are shown as "< 10", never as the number', async ({ page }) => {
  await approvedRecords('29236', 3);
  // The site keeps pages in memory and learns of the approval at its next poll of the API's versions (250 ms,
  // src/lib/server/versions.ts): an earlier test's copy of /tinh/84 may answer until then.
  const table = page.locator('table.counts').first();
  await expect(async () => {
    await page.goto('/tinh/84');
    await expect(table).toContainText('< 10', { timeout: 1_000 });
  }).toPass();
  await expect(table.locator('td.hidden-count').first()).toHaveText('< 10');
  await expect(table.locator('td', { hasText: /^3$/ })).toHaveCount(0);
  await expect(page.getByText('“< 10”').first()).toBeVisible();
  // The chart of counts by district draws the suppressed total as an outline, not as a length.
  const chart = page.getByRole('img', { name: /Biểu đồ/ }).first();
  await expect(chart).toBeVisible();
  await expect(chart.locator('.bar.suppressed').first()).toBeVisible();
});

test('sitemap, robots and CDN cache headers', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('application/xml');
  const xml = await sitemap.text();
  expect(xml).toContain('/km/kien-thuc/goi-tro-giup</loc>');
  expect(xml).toContain('hreflang="en"');
  // The page on clearing one's browsing history is linked from every footer; a search engine must find it too.
  expect(xml).toContain('/an-toan</loc>');
  expect(xml).toContain('/km/an-toan</loc>');
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toContain('Sitemap:');
  const article = await request.get('/kien-thuc/goi-tro-giup');
  expect(article.headers()['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
  expect(article.headers()['set-cookie']).toBeUndefined();
  const missing = await request.get('/kien-thuc/khong-co-bai-nay');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control'] ?? '').not.toContain('public');
});

test('pages are sent gzipped with an ETag, and an unchanged page revalidates with a bodiless 304', async ({
  request,
}) => {
  const first = await request.get('/kien-thuc/goi-tro-giup', { headers: { 'accept-encoding': 'gzip' } });
  expect(first.status()).toBe(200);
  expect(first.headers()['content-encoding']).toBe('gzip');
  expect(first.headers()['vary']).toContain('Accept-Encoding');
  const etag = first.headers()['etag'];
  // Strong, one per encoding (src/lib/server/page-cache.ts): the gzip copy's tag ends in -gzip.
  expect(etag).toMatch(/^".+-gzip"$/);
  // Playwright's request API unzips: the body is the page itself.
  expect(await first.text()).toContain('</html>');

  const identity = await request.get('/kien-thuc/goi-tro-giup', { headers: { 'accept-encoding': 'identity' } });
  expect(identity.headers()['content-encoding']).toBeUndefined();
  expect(identity.headers()['etag']).toBe(etag!.replace(/-gzip"$/, '"'));

  const again = await request.get('/kien-thuc/goi-tro-giup', { headers: { 'if-none-match': etag! } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  expect(again.headers()['cache-control']).toContain('public');

  // Another page (here the same article in Khmer) is another body, so another tag: no false 304.
  const other = await request.get('/km/kien-thuc/goi-tro-giup', { headers: { 'if-none-match': etag! } });
  expect(other.status()).toBe(200);
  expect(other.headers()['etag']).not.toBe(etag);
});

test("events: a province filter (a GET form, no JavaScript needed) shows national events and that province's own", async ({
  page,
}) => {
  // A local event of Lai Châu (12), entered and published by an admin as any province would.
  const api = await admin();
  const slug = `hoi-thi-bien-gioi-${Date.now()}`;
  const created = await api.content.create.mutate({
    slug,
    lang: 'vi',
    kind: 'event',
    provinceCode: '12',
    title: 'Hội thi tìm hiểu pháp luật ở các xã biên giới',
    body: 'Hội thi tại Nhà văn hóa huyện Phong Thổ.',
    data: { audience: 'public', recurrence: 'once', date: '2026-07-28' },
  });
  await api.content.publish.mutate({ id: created.id, version: created.version });

  await page.goto('/su-kien?nam=2026');
  await page.getByLabel('Tỉnh').selectOption({ label: 'Tỉnh Lai Châu' });
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/\/su-kien\?nam=2026&tinh=12$/);
  const local = page.locator('.events li', { hasText: 'Hội thi tìm hiểu pháp luật ở các xã biên giới' });
  await expect(local).toContainText('Sự kiện tại Tỉnh Lai Châu');
  await expect(page.locator('time[datetime="2026-07-30"]').first()).toBeVisible();
  // The year links keep the province.
  await expect(page.getByRole('link', { name: /Năm sau/ })).toHaveAttribute('href', '/su-kien?nam=2027&tinh=12');

  await page.goto('/su-kien?nam=2026&tinh=84');
  await expect(page.getByText('Hội thi tìm hiểu pháp luật ở các xã biên giới')).toHaveCount(0);
  await expect(page.locator('time[datetime="2026-07-30"]').first()).toBeVisible();
});
