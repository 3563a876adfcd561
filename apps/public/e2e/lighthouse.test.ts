import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Lighthouse budgets of issue 6, measured with Debian's Chromium against the built site and the real API:
 * performance ≥ 95 and accessibility 100, on Lighthouse's default mobile profile (a mid-range phone on a slow 4G
 * connection, simulated: the readers this site is for). Best practices and SEO are printed and held to 100 too,
 * except SEO on search results, which are `noindex` on purpose (a results page is not content to index).
 *
 * Timings vary from run to run (more so on a busy machine), so each page is measured three times and the run
 * with the median performance score is the one judged, as Lighthouse's own guidance on variability and
 * Lighthouse CI do. Lighthouse drives its own Chromium over the DevTools protocol (chrome-launcher), not Playwright's.
 */
const PAGES = [
  { path: '/', name: 'home (vi)' },
  { path: '/en', name: 'home (en)' },
  { path: '/km', name: 'home (km)' },
  { path: '/kien-thuc', name: 'knowledge' },
  { path: '/kien-thuc/goi-tro-giup', name: 'an article' },
  { path: '/km/tinh/84', name: 'province progress (km)' },
  { path: '/su-kien', name: 'events' },
  { path: '/nhan-tin', name: 'ask for help in writing' },
  { path: '/en/tim-kiem?q=lua+dao', name: 'search (en)', indexable: false },
] as const;

const RUNS = 3;
const CHROMIUM = process.env['PCMBN_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// One Chromium, one page after another: Lighthouse's timings must not compete with each other.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let chrome: chromeLauncher.LaunchedChrome | undefined;
let profile: string | undefined;

test.beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'pcmbn-lighthouse-'));
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: FLAGS,
    userDataDir: profile,
    logLevel: 'error',
  });
});

test.afterAll(async () => {
  chrome?.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

for (const page of PAGES) {
  test(`Lighthouse: ${page.name} ${page.path}`, async ({ baseURL }) => {
    const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(new URL(page.path, baseURL).href, {
        port: chrome!.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      expect(result?.lhr.runtimeError?.message).toBeUndefined();
      runs.push(result!.lhr);
    }
    const performanceOf = (r: (typeof runs)[number]) => r.categories['performance']?.score ?? 0;
    const lhr = runs.sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(RUNS / 2)]!;

    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter(
        (a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
      )
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    console.log(
      `Lighthouse ${page.path}: performance ${score('performance')} (runs: ${runs.map((r) => Math.round(performanceOf(r) * 100)).join(', ')}), accessibility ${score('accessibility')}, ` +
        `best practices ${score('best-practices')}, SEO ${score('seo')}` +
        (failing.length ? `; below 100: ${failing.join(', ')}` : ''),
    );

    expect(score('performance')).toBeGreaterThanOrEqual(95);
    expect(score('accessibility'), failing.join(', ')).toBe(100);
    expect(score('best-practices'), failing.join(', ')).toBe(100);
    if ('indexable' in page) expect(lhr.audits['is-crawlable']?.score).toBe(0);
    else expect(score('seo'), failing.join(', ')).toBe(100);
  });
}
