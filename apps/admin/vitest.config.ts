import { defineConfig } from 'vitest/config';

// Unit tests of plain modules (no SvelteKit runtime); the browser tests in e2e/ run with Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
