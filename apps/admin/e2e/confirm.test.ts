import { readyAccount } from '@pcmbn/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { OFFICER_PASSWORD, signIn } from './auth';
import { hydrated } from './hydration';
import { freshPlan } from './plans';

/**
 * Issue 15 item 4: archiving a plan and approving a record happen only after a confirm step, with and without
 * JavaScript; cancelling leaves the plan or record as it was (read back after a reload, not from the page's memory).
 */

test.describe.configure({ timeout: 120_000 });

async function pageAs(browser: Browser, javaScriptEnabled: boolean, account?: { email: string; password: string }) {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, account);
  return page;
}

/** The trigger of a confirm step: a <summary> that reads like a button. */
const trigger = (page: Page, label: string) => page.locator('summary', { hasText: new RegExp(`^${label}$`) });

/** A record of Tam Đường (106) on `date`, entered and submitted by a district officer: it waits for approval. */
async function submittedRecord(date: string) {
  const district = await readyAccount({
    prefix: 'e2e-district-106-confirm',
    role: 'district_officer',
    scopeAreaCode: '106',
    displayName: 'Cán bộ huyện Tam Đường',
    password: OFFICER_PASSWORD,
  });
  const r = await district.api.record.create.mutate({
    planId: 'lc2228',
    activityId: 'lc2228-a-2017-2-1-3',
    date,
    areaCode: '03394',
    quantity: 1,
  });
  return district.api.record.submit.mutate({ id: r.id, version: r.version });
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`archiving a plan asks first; cancel keeps it, confirm archives it (${how})`, async ({ browser }) => {
    const id = await freshPlan();
    const page = await pageAs(browser, javaScriptEnabled);
    await page.goto(`/ke-hoach/${id}`);
    if (javaScriptEnabled) await hydrated(page);
    const status = page.locator('.about dd').filter({ has: page.locator('.plan-status') });
    await expect(status).toContainText('Dự thảo');

    const question = page.getByRole('group', { name: 'Lưu trữ kế hoạch này?' });
    await expect(question).toBeHidden();
    await trigger(page, 'Lưu trữ').click();
    await expect(question).toBeVisible();
    await question.getByRole('link', { name: 'Hủy' }).click();
    await expect(question).toBeHidden();
    await page.goto(`/ke-hoach/${id}`);
    await expect(status).toContainText('Dự thảo');

    if (javaScriptEnabled) await hydrated(page);
    await trigger(page, 'Lưu trữ').click();
    await question.getByRole('button', { name: 'Lưu trữ kế hoạch' }).click();
    await expect(status).toContainText('Đã lưu trữ');
    await page.goto(`/ke-hoach/${id}`);
    await expect(status).toContainText('Đã lưu trữ');
    await expect(trigger(page, 'Lưu trữ')).toHaveCount(0);
    await page.context().close();
  });

  test(`approving a record asks first; cancel leaves it submitted, confirm approves it (${how})`, async ({
    browser,
  }) => {
    const r = await submittedRecord('2017-09-14');

    const page = await pageAs(browser, javaScriptEnabled);
    await page.goto(`/ket-qua/${r.id}`);
    if (javaScriptEnabled) await hydrated(page);
    const state = page.locator('p', { hasText: /^Trạng thái:/ });
    await expect(state).toContainText('Đã gửi');

    const question = page.getByRole('group', { name: 'Duyệt kết quả này?' });
    await trigger(page, 'Duyệt').click();
    await expect(question).toBeVisible();
    await question.getByRole('link', { name: 'Hủy' }).click();
    await expect(question).toBeHidden();
    await page.goto(`/ket-qua/${r.id}`);
    await expect(state).toContainText('Đã gửi');

    if (javaScriptEnabled) await hydrated(page);
    await trigger(page, 'Duyệt').click();
    await question.getByRole('button', { name: 'Xác nhận duyệt' }).click();
    await expect(state).toContainText('Đã duyệt');
    await page.goto(`/ket-qua/${r.id}`);
    await expect(state).toContainText('Đã duyệt');
    await page.context().close();
  });

  test(`approving the ticked records asks first; confirm approves them (${how})`, async ({ browser }) => {
    const r = await submittedRecord('2017-09-15');

    const page = await pageAs(browser, javaScriptEnabled);
    await page.goto('/ket-qua?plan=lc2228&status=submitted&from=15/09/2017&to=15/09/2017');
    if (javaScriptEnabled) await hydrated(page);
    await page.locator(`input[name="sel"][value^="${r.id}:"]`).check();
    const question = page.getByRole('group', { name: 'Duyệt các kết quả đã chọn?' });
    await expect(question).toBeHidden();
    await trigger(page, 'Duyệt').click();
    await question.getByRole('button', { name: 'Xác nhận duyệt' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Đã duyệt \d+ kết quả/ })).toBeVisible();
    await page.goto(`/ket-qua/${r.id}`);
    await expect(page.locator('p', { hasText: /^Trạng thái:/ })).toContainText('Đã duyệt');
    await page.context().close();
  });
}
