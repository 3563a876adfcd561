import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { hanoiOfficer, pairInHanoi, publishArticle } from './support/fleet';

test.use({ viewport: { width: 1280, height: 800 } });

// Last year's campaign month: the kiosk's clock is set there (a pairing code made today is still valid then).
const year = new Date().getFullYear() - 1;
const title = `Tháng hành động e2e ${randomBytes(3).toString('hex')}`;
let published: Promise<void> | undefined;

/** One campaign article, scheduled 1/7–1/8 every year, for both tests of this file. */
function campaign() {
  published ??= (async () => {
    const { id } = await publishArticle(title, 'Tháng hành động phòng, chống mua bán người: 1/7–1/8.');
    const { api } = await hanoiOfficer();
    await api.kiosk.setSchedule.mutate({ id, schedule: { from: `${year}-07-01`, to: `${year}-08-01`, yearly: true } });
  })();
  return published;
}

for (const [label, at, first] of [
  ['inside its window (15/07, 09:00)', `${year}-07-15T09:00:00+07:00`, true],
  ['outside its window (15/09, 09:00)', `${year}-09-15T09:00:00+07:00`, false],
] as const) {
  test(`the 1/7–1/8 campaign comes first on the kiosk only inside its window, by the kiosk's clock: ${label}`, async ({
    page,
  }) => {
    await campaign();
    // The kiosk's own clock decides (no server involved): Date is fixed there, timers keep running.
    await page.clock.setFixedTime(new Date(at));
    await pairInHanoi(page, '/?beat=5&sync=3');
    await page.goto('/bai-viet');
    const links = page.locator('main li a');
    await expect(links.filter({ hasText: title })).toHaveCount(1);
    // Other Hà Nội articles come and go with other tests: only the first place is asserted.
    if (first) await expect(links.first()).toContainText(title);
    else await expect(links.first()).not.toContainText(title);
  });
}
