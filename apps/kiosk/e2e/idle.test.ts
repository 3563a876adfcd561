import { expect, test } from '@playwright/test';
import { pairKiosk } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

test('after the idle timeout the session is forgotten: start screen, Vietnamese, no quiz answer, no scroll', async ({
  page,
}) => {
  await pairKiosk(page, '/?idle=3');
  const historyAtStart = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  await page.getByRole('link', { name: /Knowledge contest/ }).tap();
  await expect(page.getByText('Question 1 of 15')).toBeVisible();
  await page.locator('.choice').first().tap();
  await expect(page.getByTestId('quiz-feedback')).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).tap();
  await expect(page.getByText('Question 2 of 15')).toBeVisible();
  await page.mouse.wheel(0, 600);

  // Hands off: after 3 s the kiosk returns to the start screen by itself.
  await expect(page.getByRole('button', { name: 'Chạm để bắt đầu' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await expect.poll(() => page.evaluate(() => sessionStorage.length)).toBe(0);
  // Nothing to go back to: every move inside the kiosk replaced the history entry.
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);

  // The next person starts the contest from question 1, with nothing chosen.
  await page.getByRole('button', { name: 'Chạm để bắt đầu' }).tap();
  await page.getByRole('link', { name: /Hội thi tìm hiểu/ }).tap();
  await expect(page.getByText('Câu 1/15')).toBeVisible();
  await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
  await expect(page.locator('.choice[aria-pressed="true"]')).toHaveCount(0);
});
