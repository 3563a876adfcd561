import { expect, test, type Locator, type Page } from '@playwright/test';
import { officer, pairingCode } from './support/stack';

// Issue 16 item 10: kiosks are real displays — landscape and portrait TVs, old laptops. On each of them every
// screen must let a person reach every control: inside the viewport, or brought into it by scrolling a visible
// scroll area, and not covered by the bars that stay on screen (header, back/home bar).
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
] as const;

/**
 * Every interactive element of the page that a person cannot reach, described for the failure message. Each is
 * scrolled into view the way a finger would (the least scroll that shows it, `block: 'nearest'`); then it must lie
 * inside the viewport, and the element drawn at its centre must be itself (or inside it), not a bar on top of it.
 * A scroll area whose overflow is hidden does not count: a finger cannot scroll it.
 */
async function unreachable(page: Page, screen: string): Promise<string[]> {
  // LAYOUT_SHOTS=<folder>: a screenshot of each screen at each size, to look at while changing the CSS.
  if (process.env['LAYOUT_SHOTS'])
    await page.screenshot({
      path: `${process.env['LAYOUT_SHOTS']}/${innerSize(page)}-${screen.replace(/\W+/g, '_')}.png`,
    });
  return page.evaluate((screen) => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const controls = [...document.querySelectorAll('a, button, input, [role=button]')];
    if (controls.length === 0) problems.push(`${screen}: no control at all`);
    for (const el of controls) {
      if (el.getClientRects().length === 0) continue; // not rendered (display: none): nothing to reach
      const scrolledBefore = new Map<Element, [number, number]>();
      for (let a = el.parentElement; a; a = a.parentElement) scrolledBefore.set(a, [a.scrollTop, a.scrollLeft]);
      el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      for (const [a, [top, left]] of scrolledBefore) {
        const overflow = getComputedStyle(a);
        const fingerScrolls = /auto|scroll/.test(overflow.overflowY + overflow.overflowX);
        if ((a.scrollTop !== top || a.scrollLeft !== left) && !fingerScrolls && a !== document.scrollingElement)
          problems.push(`${screen}: ${name(el)} only shows by scrolling a box a finger cannot scroll`);
      }
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
        problems.push(
          `${screen}: ${name(el)} outside the viewport (${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)})`,
        );
        continue;
      }
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      if (!hit || !(hit === el || el.contains(hit)))
        problems.push(`${screen}: ${name(el)} covered by ${hit ? name(hit) : 'nothing'}`);
    }
    scrollTo(0, 0);
    return problems;
  }, screen);
}

/** Whether each element shows, unscrolled and uncovered, on the first screen. */
async function onFirstScreen(locator: Locator): Promise<{ text: string; seen: boolean }[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      return { text: (el.textContent ?? '').trim(), seen: inside && !!hit && (hit === el || el.contains(hit)) };
    }),
  );
}

/** The help page's numbers (111, 113, 114, 115) not on its first screen: someone in danger should not scroll. */
async function numbersOffScreen(page: Page, screen: string): Promise<string[]> {
  const numbers = await onFirstScreen(page.locator('main').getByText(/^(111|113|114|115)$/));
  expect(numbers.map((x) => x.text).sort()).toEqual(['111', '113', '114', '115']);
  return numbers.filter((x) => !x.seen).map((x) => `${screen}: ${x.text} not on the first screen`);
}

/** A DOM click: moving between screens must not depend on the layout under test. */
async function press(page: Page, role: 'button' | 'link', name: string | RegExp) {
  await page
    .getByRole(role, { name })
    .first()
    .evaluate((el) => (el as HTMLElement).click());
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true });

    test(`every control on every kiosk screen is reachable and uncovered at ${size.width}×${size.height}`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];

      await page.goto('/');
      const code = await pairingCode(page);
      // The pairing screen has no control: the code itself must be on screen for the officer to read.
      if (!(await onFirstScreen(page.getByTestId('pairing-code')))[0]?.seen)
        problems.push('pairing: code not on screen');
      const { api, commune } = await officer();
      await api.kiosk.pair.mutate({ code, name: `Ki-ốt ${size.width}×${size.height}`, areaCode: commune.code });
      await expect(page.getByTestId('hotline-number')).toHaveText('111');
      problems.push(...(await unreachable(page, 'home')));

      await press(page, 'button', 'Chạm để bắt đầu');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn muốn tìm hiểu gì?');
      problems.push(...(await unreachable(page, 'bat-dau')));

      await press(page, 'link', /Tìm hiểu/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài viết');
      // At least the seed's 11 articles: other kiosk tests publish their own into the same stack.
      await expect(page.locator('.list li').nth(10)).toBeVisible();
      problems.push(...(await unreachable(page, 'bai-viet')));

      await page
        .locator('.list li a')
        .first()
        .evaluate((el) => (el as HTMLElement).click());
      await expect(page).toHaveURL(/\/bai-viet\/[a-z0-9-]+$/);
      await expect(page.locator('article .body')).not.toBeEmpty();
      problems.push(...(await unreachable(page, 'bai-viet/<slug>')));

      await press(page, 'link', 'Màn hình chính');
      await press(page, 'link', /Hội thi tìm hiểu/);
      await expect(page.getByText('Câu 1/15')).toBeVisible();
      problems.push(...(await unreachable(page, 'hoi-thi question')));
      // A wrong answer shows the most: the verdict, the right answer, the explanation and the next button.
      await page
        .locator('.choice')
        .last()
        .evaluate((el) => (el as HTMLElement).click());
      await expect(page.getByTestId('quiz-explanation')).toBeVisible();
      if ((await page.getByText('Chưa đúng.').count()) === 0) {
        await press(page, 'button', 'Câu tiếp theo');
        await expect(page.getByText('Câu 2/15')).toBeVisible();
        await page
          .locator('.choice')
          .first()
          .evaluate((el) => (el as HTMLElement).click());
        await expect(page.getByTestId('quiz-explanation')).toBeVisible();
      }
      problems.push(...(await unreachable(page, 'hoi-thi explanation')));
      const feedback = page.getByTestId('quiz-feedback');
      for (;;) {
        if ((await feedback.count()) === 0) {
          await page
            .locator('.choice')
            .first()
            .evaluate((el) => (el as HTMLElement).click());
          await expect(feedback).toBeVisible();
        }
        const last = (await feedback.getByRole('button', { name: 'Xem kết quả' }).count()) > 0;
        await feedback.getByRole('button').evaluate((el) => (el as HTMLElement).click());
        if (last) break;
        await expect(feedback).toHaveCount(0);
      }
      await expect(page.getByTestId('quiz-score')).toBeVisible();
      problems.push(...(await unreachable(page, 'hoi-thi end')));

      await press(page, 'link', 'Màn hình chính');
      await press(page, 'link', /Gọi giúp đỡ/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khi cần giúp đỡ, hãy gọi');
      await expect(page.getByTestId('hotline-qr').locator('svg')).toBeVisible();
      problems.push(...(await unreachable(page, 'duong-day-nong')));
      // Someone in danger should not have to scroll for a number: 111 and 113/114/115 all on the first screen.
      problems.push(...(await numbersOffScreen(page, 'duong-day-nong')));

      // Khmer words run longer and its lines taller: the help page and a quiz answer again, in Khmer.
      await press(page, 'button', 'ភាសាខ្មែរ');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('ពេលត្រូវការជំនួយ សូមហៅ');
      problems.push(...(await unreachable(page, 'duong-day-nong km')));
      problems.push(...(await numbersOffScreen(page, 'duong-day-nong km')));
      await press(page, 'link', 'ទំព័រដើម');
      await press(page, 'link', /ការប្រកួតចំណេះដឹង/);
      await press(page, 'button', 'ប្រកួតម្តងទៀត');
      await expect(page.getByText('សំណួរ 1/15', { exact: false })).toBeVisible();
      await page
        .locator('.choice')
        .last()
        .evaluate((el) => (el as HTMLElement).click());
      await expect(page.getByTestId('quiz-explanation')).toBeVisible();
      problems.push(...(await unreachable(page, 'hoi-thi explanation km')));

      expect(problems).toEqual([]);
    });
  });
}

function innerSize(page: Page) {
  const v = page.viewportSize();
  return `${v?.width}x${v?.height}`;
}
