import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Budgets of issue 6, measured on the built site: ≤ 60 KB of gzip-compressed JavaScript loaded by the home page,
 * and axe finds no violations on the main pages in Vietnamese and Khmer.
 */
const JS_BUDGET_BYTES = 60 * 1024;

test('the home page loads at most 60 KB of compressed JavaScript', async ({ page }) => {
  const loading: Promise<{ url: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() === 'script' || type.includes('javascript')) {
      loading.push(response.body().then((body) => ({ url: response.url(), body })));
    }
  });
  // The pages run no framework: their scripts are the page's own <script src> (deferred), all loaded by the load
  // event that goto waits for.
  await page.goto('/');
  const sources = await page.locator('script[src]').evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src));
  expect(sources.length).toBeGreaterThan(0);
  const scripts = await Promise.all(loading);
  expect(scripts.map((s) => s.url)).toEqual(expect.arrayContaining(sources));
  // Measured as gzip -9 of each body (what a compressing server or CDN sends), summed.
  const total = scripts.reduce((sum, s) => sum + gzipSync(s.body, { level: 9 }).length, 0);
  console.log(
    `home page JavaScript: ${scripts.length} file(s), ${(total / 1024).toFixed(2)} KB gzip (${scripts.map((s) => new URL(s.url).pathname).join(', ')})`,
  );
  expect(total).toBeLessThanOrEqual(JS_BUDGET_BYTES);
});

const PAGES = [
  '/',
  '/kien-thuc/goi-tro-giup',
  '/tinh/84',
  '/tim-kiem?q=lua+dao',
  '/kien-thuc',
  '/su-kien',
  '/nhan-tin',
];

for (const prefix of ['', '/km']) {
  for (const path of PAGES) {
    test(`axe: no violations on ${prefix}${path}`, async ({ page }) => {
      await page.goto(`${prefix}${path === '/' && prefix ? '' : path}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
