// End-to-end tests of the three apps against the real stack that src/e2e.ts starts
// (PostgreSQL + API + apps on free ports); the URLs arrive in PCMBN_*_URL.
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

const CHROMIUM = process.env['PCMBN_CHROMIUM'] ?? '/usr/bin/chromium';
// Debian's Chromium, not a Playwright download; quiet and offline apart from the apps under test.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const apps = [
  { name: 'admin', url: process.env['PCMBN_ADMIN_URL'] },
  { name: 'public', url: process.env['PCMBN_PUBLIC_URL'] },
  { name: 'kiosk', url: process.env['PCMBN_KIOSK_URL'] },
] as const;

const config: PlaywrightTestConfig = defineConfig({
  testMatch: '**/*.test.ts',
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Two workers on two cores: the browsers, the apps, the API and PostgreSQL share them. The whole run stays a few
  // minutes on a quiet machine.
  workers: 2,
  // Waiting bounds, not speed goals: every wait is for a state the page keeps (a row, the URL, a saved value), so a
  // saturated two-core machine only makes it take longer. A test that needs more says so (test.setTimeout).
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: 'list',
  outputDir: '../../test-results/e2e',
  use: {
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    ...apps.map(({ name, url }) => ({
      name,
      testDir: `../../apps/${name}/e2e`,
      testIgnore: '**/lighthouse.test.ts',
      use: { browserName: 'chromium' as const, ...(url ? { baseURL: url } : {}) },
    })),
    // Lighthouse scores timings, so it runs last and alone, not beside other browsers; `--project=lighthouse
    // --no-deps` runs just it.
    {
      name: 'lighthouse',
      testDir: '../../apps/public/e2e',
      testMatch: 'lighthouse.test.ts',
      dependencies: apps.map((app) => app.name),
      ...(process.env['PCMBN_PUBLIC_URL'] ? { use: { baseURL: process.env['PCMBN_PUBLIC_URL'] } } : {}),
    },
  ],
});

export default config;
