import { asAdmin, readyAccount, signInApi } from '@pcmbn/playwright';
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { OFFICER_PASSWORD, signIn } from './auth';
import { hydrated } from './hydration';

/**
 * Issue 15 done-when: a district officer and a province admin each start from the inbox (Việc cần làm) and do their
 * week's work without typing a code or an id — names picked from lists, dates as dd/mm/yyyy, links followed.
 * Lai Châu 2228 as of 10/01/2019: Phong Thổ (109) enters and submits a record; the province admin approves it from
 * the inbox; a record the admin returned reaches its author with the reason; the district's 2018 report is due.
 */
test.describe.configure({ timeout: 180_000 });

const AS_OF = '/?asOf=2019-01-10';

async function pageAs(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** A district officer of its district's committee (reports are the committee's), password changed. */
async function districtOfficer(district: string, agencyId: string) {
  const email = `e2e-inbox-${district}-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await asAdmin((api) =>
    api.user.create.mutate({
      email,
      displayName: 'Lò Văn Phong',
      role: 'district_officer',
      scopeAreaCode: district,
      agencyId,
    }),
  );
  const api = await signInApi({ email, password: temporaryPassword });
  await api.auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: OFFICER_PASSWORD });
  return { email, password: OFFICER_PASSWORD, api };
}

/** Picks the option whose text contains `words` (what a person reads), never its value. Waits for the option: the
 * list is filled by the page the plan's choice navigates to. */
async function pick(select: Locator, words: RegExp): Promise<void> {
  await expect(select.locator('option', { hasText: words }).first()).toBeAttached();
  const labels = await select.locator('option').allTextContents();
  const label = labels.find((l) => words.test(l));
  expect(label, `an option matching ${words}`).toBeDefined();
  await select.selectOption({ label: label! });
}

test('a district officer and the province admin do their week from the inbox', async ({ browser }) => {
  const phongTho = await districtOfficer('109', 'lc-ubnd-109');
  const admin = await readyAccount({
    prefix: 'e2e-inbox-admin',
    role: 'province_admin',
    scopeAreaCode: '12',
    displayName: 'Nguyễn Thị Duyệt',
    password: OFFICER_PASSWORD,
  });
  // Last week the admin returned one of Phong Thổ's records.
  const earlier = await phongTho.api.record.create.mutate({
    planId: 'lc2228',
    activityId: 'lc2228-a-2017-2-1-3',
    date: '2017-09-04',
    areaCode: '03549',
    quantity: 1,
  });
  const sent = await phongTho.api.record.submit.mutate({ id: earlier.id, version: earlier.version });
  await admin.api.record.reject.mutate({ id: sent.id, version: sent.version, reason: 'Ghi thiếu số người dự' });

  // The district officer: the inbox shows the returned record with its reason; following it opens the record.
  const district = await pageAs(browser, phongTho);
  await district.goto(AS_OF);
  const returned = district.getByRole('region', { name: /Kết quả của tôi bị trả lại/ });
  await expect(returned).toContainText('Lý do trả lại: Ghi thiếu số người dự');
  await expect(district.getByRole('heading', { level: 2, name: /Địa bàn — Tỉnh Lai Châu/ })).toBeVisible();
  await returned.getByRole('link', { name: /Tổ chức 01 cuộc truyền thông tại huyện Phong Thổ/ }).click();
  await expect(district.getByRole('note', { name: 'Lý do trả lại' })).toContainText('Ghi thiếu số người dự');

  // A new record, entered from the navigation: plan, activity and commune chosen by name.
  await district
    .getByRole('navigation', { name: 'Chức năng chính' })
    .getByRole('link', { name: 'Kết quả thực hiện' })
    .click();
  await district.getByRole('link', { name: 'Nhập kết quả mới' }).click();
  // The record list has a 'Kế hoạch' filter too (and date pickers named 'Chọn ngày…'): wait for the entry page.
  await expect(district).toHaveURL(/\/ket-qua\/moi/);
  // The seed plan itself: other tests add Lai Châu plans with like names to the same stack (the officer reads the
  // same words; the test takes the seed plan's option).
  await district.getByLabel('Kế hoạch', { exact: true }).selectOption('lc2228');
  await district.getByRole('button', { name: 'Chọn' }).click();
  // The GET form navigates; under load the old page (no plan, no activities) is still there for a while.
  await expect(district).toHaveURL(/[?&]plan=lc2228/);
  await hydrated(district);
  await pick(district.getByLabel('Hoạt động của kế hoạch'), /Tổ chức 01 cuộc truyền thông tại huyện Phong Thổ/);
  await district.getByLabel('Ngày thực hiện').fill('12/06/2017');
  await district.getByLabel('Tìm địa bàn').fill('Phong Tho');
  await expect(district.getByText(/địa bàn khớp “Phong Tho”/)).toBeVisible();
  await district.getByLabel('Số lượng').fill('1');
  await district.getByLabel('Tổng số người').fill('120');
  await district.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(district.getByRole('heading', { level: 1 })).toHaveText(/Kết quả ngày 12\/06\/2017/);
  await district.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(district.getByText('Đã gửi', { exact: true })).toBeVisible();
  await expect(district.getByRole('note').filter({ hasText: 'cần một người khác duyệt' })).toBeVisible();
  await expect(district.getByText('Bạn không có thao tác nào')).toHaveCount(0);
  const recordUrl = new URL(district.url()).pathname;

  // Back home: the record waits for another officer; the district's 2018 report is due and opens.
  await district.goto(AS_OF);
  await expect(district.getByRole('region', { name: /chờ một cán bộ khác duyệt/ })).toContainText(
    'Tổ chức 01 cuộc truyền thông tại huyện Phong Thổ',
  );
  const reports = district.getByRole('region', { name: /Báo cáo đến hạn, quá hạn/ });
  await expect(reports.getByRole('link').first()).toContainText('Phong Thổ');
  await reports.getByRole('link').first().click();
  await expect(district).toHaveURL(/\/bao-cao\/lap\?/);
  await expect(district.getByTestId('report-state')).toBeVisible();

  // The province admin: the record waits for approval in the inbox, and the badge counts it; approve it.
  const reviewer = await pageAs(browser, admin);
  await reviewer.goto(AS_OF);
  await expect(reviewer.getByTestId('inbox-badge')).toBeVisible();
  const toApprove = reviewer.getByRole('region', { name: /Kết quả chờ tôi duyệt/ });
  await expect(toApprove).toContainText('người nhập: Lò Văn Phong');
  await toApprove.locator(`a[href="${recordUrl}"]`).click();
  await expect(reviewer).toHaveURL(new RegExp(`${recordUrl}$`));
  await hydrated(reviewer);
  const confirm = reviewer.locator('summary', { hasText: /^Duyệt$/ });
  if ((await confirm.count()) > 0) {
    await confirm.click();
    await reviewer.getByRole('button', { name: 'Xác nhận duyệt' }).click();
  } else {
    await reviewer.getByRole('button', { name: 'Duyệt', exact: true }).click();
  }
  await expect(reviewer.getByText('Đã duyệt', { exact: true })).toBeVisible();
  await reviewer.goto(AS_OF);
  await expect(
    reviewer.getByRole('region', { name: /Kết quả chờ tôi duyệt/ }).locator(`a[href="${recordUrl}"]`),
  ).toHaveCount(0);
});
