import type { Page } from '@playwright/test';

/**
 * Waits until SvelteKit has hydrated the page (its buttons run their handlers instead of posting the form). The
 * client router starts right after hydration and sets `history.scrollRestoration` to 'manual' (@sveltejs/kit,
 * client.js: `start` → `_hydrate` → `_start_router`); a freshly opened entry is 'auto' until then. For a page
 * opened with `page.goto`, not after a reload (a reload restores the scroll, and sets it, before hydrating).
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => history.scrollRestoration === 'manual');
}
