import { fontsDrawing } from '@pcmbn/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';

/**
 * Issue 16: Khmer drawn in the face we ship, the hotline and quick exit kept on a phone's screen, every number a
 * tap-to-call link, merged provinces linked both ways, old numbers in plan text with today's, Vietnamese-only text
 * marked on /en and /km, past events marked.
 */

/** Font files the page downloaded while `action` ran. */
async function fontRequests(page: Page, action: () => Promise<void>): Promise<{ url: string; bytes: number }[]> {
  const fonts: Promise<{ url: string; bytes: number }>[] = [];
  const listener = (response: Response) => {
    if (response.request().resourceType() === 'font' || /\.woff2?(\?|$)/.test(response.url())) {
      fonts.push(response.body().then((body) => ({ url: response.url(), bytes: body.length })));
    }
  };
  page.on('response', listener);
  await action();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  page.off('response', listener);
  return Promise.all(fonts);
}

test.describe('Khmer in the shipped Noto Sans Khmer', () => {
  test('/km draws its Khmer text with the shipped face', async ({ page }) => {
    const fonts = await fontRequests(page, async () => {
      await page.goto('/km/kien-thuc');
    });
    expect(fonts.map((f) => f.url)).toEqual(
      expect.arrayContaining([expect.stringMatching(/noto-sans-khmer-khmer-400-normal\.[\w-]+\.woff2$/)]),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ចំណេះដឹង បង្ការ និងប្រឆាំងការជួញដូរមនុស្ស');
    expect(await fontsDrawing(page, 'main h1')).toContainEqual(
      expect.objectContaining({ familyName: 'Noto Sans Khmer', isCustomFont: true }),
    );
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.replaceAll('"', '') === 'Noto Sans Khmer' && f.status === 'loaded'),
      ),
    ).toBe(true);
  });

  for (const prefix of ['', '/en']) {
    test(`${prefix || '/'} downloads no Khmer text face, and its "ភាសាខ្មែរ" link still reads`, async ({ page }) => {
      const fonts = await fontRequests(page, async () => {
        await page.goto(`${prefix}/kien-thuc/goi-tro-giup`);
      });
      expect(fonts.filter((f) => /noto-sans-khmer/.test(f.url))).toEqual([]);
      // Only the ≈ 2 KB cut of the one word in the language switcher.
      expect(fonts.every((f) => /khmer-name\.[\w-]+\.woff2$/.test(f.url) && f.bytes <= 3 * 1024)).toBe(true);
      await expect(page.getByRole('link', { name: 'ភាសាខ្មែរ' })).toBeVisible();
      expect(await fontsDrawing(page, 'a.lang-name[hreflang="km"]')).toContainEqual(
        expect.objectContaining({ isCustomFont: true }),
      );
    });
  }
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const { prefix, exit } of [
    { prefix: '', exit: 'Thoát nhanh' },
    { prefix: '/km', exit: 'ចាកចេញរហ័ស' },
  ]) {
    test(`${prefix || '/'}: quick exit and 111 stay on screen while an article scrolls`, async ({ page }) => {
      await page.goto(`${prefix}/kien-thuc/luat-2024`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
      await expect(page.getByRole('link', { name: exit })).toBeInViewport();
      await expect(page.getByRole('banner').locator('a[href="tel:111"]')).toBeInViewport();
      // A one-row bar, not a screenful.
      expect((await page.getByRole('banner').boundingBox())?.height ?? 999).toBeLessThanOrEqual(80);
    });
  }

  test('"Cần giúp đỡ ngay?": every phone number is a tap-to-call link that looks like one', async ({ page }) => {
    await page.goto('/kien-thuc/goi-tro-giup');
    const body = page.locator('article .body');
    await expect(body.locator('a[href="tel:113"]')).toBeVisible();
    for (const n of ['111', '113', '114', '115'])
      await expect(body.locator(`a[href="tel:${n}"]`).first()).toBeVisible();
    const plain = await body.evaluate((root) => {
      const left: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(/(?<!\d)(111|113|114|115)(?!\d)/g)) {
          if (!node.parentElement?.closest('a[href^="tel:"]')) left.push(m[0]);
        }
      }
      return left;
    });
    expect(plain).toEqual([]);
    const link = body.locator('a[href="tel:113"]').first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');

    // The home's big 111 is underlined too, with the phone sign.
    await page.goto('/');
    const hero = page.locator('a.hotline-number');
    await expect(hero).toHaveAttribute('href', 'tel:111');
    expect(await hero.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
    expect(await hero.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"☎"');
  });
});

test('merged provinces: Vĩnh Long links the Trà Vinh plan, Trà Vinh names the agencies of Vĩnh Long', async ({
  page,
}) => {
  await page.goto('/tinh/86');
  await expect(page.getByText('Tỉnh chưa công bố kế hoạch nào.')).toHaveCount(0);
  await expect(page.getByText('Tỉnh chưa công bố kế hoạch mới nào.')).toBeVisible();
  const plan = page.locator('a[href="/tinh/84#plan-tv651"]');
  await expect(plan).toContainText('651/QĐ-UBND');
  await plan.click();
  await expect(page).toHaveURL(/\/tinh\/84#plan-tv651$/);
  await expect(page.locator('#plan-tv651')).toBeVisible();

  const agencies = page.locator('section[aria-labelledby="agencies-heading"]');
  await expect(agencies).not.toContainText('Chưa có thông tin');
  await expect(agencies).toContainText('các cơ quan của Tỉnh Vĩnh Long');
  await expect(agencies.locator('li', { hasText: 'Công an tỉnh Vĩnh Long' })).toBeVisible();
  await expect(agencies.locator('a[href="/tinh/86"]')).toBeVisible();

  // The home says beside Vĩnh Long (among the provinces without plans of their own) whose plans it includes.
  await page.goto('/');
  await page.locator('details.others summary').click();
  await expect(page.locator('details.others li').filter({ has: page.locator('a[href="/tinh/86"]') })).toContainText(
    'gồm kế hoạch của Tỉnh Trà Vinh trước đây',
  );
});

test('old numbers in plan text carry today’s number, in the page’s language', async ({ page }) => {
  for (const { prefix, note } of [
    { prefix: '', note: '18001567 (nay là 111)' },
    { prefix: '/en', note: '18001567 (now 111)' },
    { prefix: '/km', note: '18001567 (ឥឡូវនេះ 111)' },
  ]) {
    await page.goto(`${prefix}/tinh/12`);
    const target = page.locator('ul.targets > li', { hasText: '18001567' }).first();
    await expect(target).toContainText(note);
    await expect(target.locator('.now-is a[href="tel:111"]')).toBeVisible();
    await expect(target.locator('.now-is')).toHaveAttribute('lang', prefix ? prefix.slice(1) : 'vi');
  }
});

test('/en and /km mark the plan text that exists only in Vietnamese', async ({ page }) => {
  for (const { prefix, tag } of [
    { prefix: '/en', tag: 'In Vietnamese' },
    { prefix: '/km', tag: 'ជាភាសាវៀតណាម' },
  ]) {
    await page.goto(`${prefix}/tinh/84`);
    await expect(
      page.getByRole('note').filter({ hasText: prefix === '/en' ? 'only in Vietnamese' : 'ភាសាវៀតណាម' }),
    ).toBeVisible();
    const target = page.locator('ul.targets > li').first();
    await expect(target.locator('.target-title .vi-tag')).toHaveText(tag);
    await expect(target.locator('.target-title > span[lang="vi"]')).not.toBeEmpty();
  }
  await page.goto('/tinh/84');
  await expect(page.locator('.vi-tag')).toHaveCount(0);
});

test('events that have passed are marked; the home says what its events link leads to', async ({ page }) => {
  await page.goto('/su-kien?nam=2025');
  const events = page.locator('ol.events > li');
  await expect(events.first()).toBeVisible();
  const count = await events.count();
  await expect(events.filter({ hasText: 'Đã diễn ra' })).toHaveCount(count);
  await page.goto('/en/su-kien?nam=2025');
  await expect(page.locator('ol.events > li .past-tag').first()).toHaveText('Past');
  await page.goto('/km/su-kien?nam=2025');
  await expect(page.locator('ol.events > li .past-tag').first()).toHaveText('បានប្រព្រឹត្តទៅហើយ');
  await page.goto(`/su-kien?nam=${new Date().getFullYear() + 1}`);
  await expect(page.locator('ol.events > li').first()).toBeVisible();
  await expect(page.locator('.past-tag')).toHaveCount(0);

  await page.goto('/');
  await expect(
    page.locator('a[href="/su-kien"]').filter({ hasText: 'Ngày toàn dân phòng, chống mua bán người 30/7' }),
  ).toBeVisible();
});
