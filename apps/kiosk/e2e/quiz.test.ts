import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pairKiosk, REPO, sql } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

interface Quiz {
  questions: {
    id: string;
    text: string;
    choices: { id: string; text: string }[];
    answer: string;
    explanation: string;
  }[];
}
const quiz = JSON.parse(readFileSync(`${REPO}packages/api/prisma/data/content/quiz/quiz.vi.json`, 'utf8')) as Quiz;
const withHotline = (s: string) => s.replaceAll('{{hotline}}', '111');

test('the knowledge contest end to end: 15 questions, an explanation after each, the score at the end', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { deviceId } = await pairKiosk(page);
  await page.getByRole('button', { name: 'Chạm để bắt đầu' }).tap();
  await page.getByRole('link', { name: /Hội thi tìm hiểu/ }).tap();
  expect(quiz.questions).toHaveLength(15);

  for (const [i, q] of quiz.questions.entries()) {
    await expect(page.getByText(`Câu ${i + 1}/15`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(withHotline(q.text));
    // The first question answered wrongly on purpose, every other one right.
    const pick = i === 0 ? q.choices.find((c) => c.id !== q.answer)! : q.choices.find((c) => c.id === q.answer)!;
    await page.getByRole('button', { name: withHotline(pick.text) }).tap();
    const feedback = page.getByTestId('quiz-feedback');
    await expect(feedback).toContainText(i === 0 ? 'Chưa đúng.' : 'Đúng rồi!');
    await expect(page.getByTestId('quiz-explanation')).toHaveText(withHotline(q.explanation));
    await feedback.getByRole('button', { name: i < 14 ? 'Câu tiếp theo' : 'Xem kết quả' }).tap();
  }
  await expect(page.getByTestId('quiz-score')).toHaveText('Bạn trả lời đúng 14/15 câu');
  await expect(page.getByText('{{hotline}}')).toHaveCount(0);

  // Counted, without anything personal: one session, one finished contest with its score.
  await expect
    .poll(async () =>
      (
        await sql<{ kind: string; data: unknown }>(
          `SELECT kind, data FROM "KioskUsageEvent" WHERE "deviceId" = $1 AND kind = 'quiz_completed'`,
          [deviceId],
        )
      ).map((r) => r.data),
    )
    .toEqual([{ score: 14, total: 15, lang: 'vi' }]);
  const sessions = await sql(`SELECT 1 FROM "KioskUsageEvent" WHERE "deviceId" = $1 AND kind = 'session'`, [deviceId]);
  expect(sessions).toHaveLength(1);
});
