import AxeBuilder from '@axe-core/playwright';
import { asAdmin, readyAccount, signInApi, type ApiClient } from '@pcmbn/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { OFFICER_PASSWORD, signIn } from './auth';

/**
 * Issue 13 items 3 and 4 end to end, on Lai Châu 2228's 2018 yearly report (due 15/01/2019 to the labour
 * department): Mường Tè's district officer writes and submits; what was sent stays as sent when a record is
 * approved later; the department returns it with a reason; the district corrects and resubmits; the department
 * accepts it and compiles the province report, which shows it.
 */
test.describe.configure({ timeout: 120_000 });

const REPORT = '/bao-cao/lap?plan=lc2228&rule=lc2228-r-yearly&period=2018&agency=lc-ubnd-107&asOf=2019-01-10';
const COMPILE = '/bao-cao/tong-hop?plan=lc2228&rule=lc2228-r-yearly&period=2018&asOf=2019-01-20';

/** An officer of `agencyId` (the e2e accounts helper makes no agency officers), password changed, signed in. */
async function officerOf(role: 'district_officer' | 'agency_officer', scopeAreaCode: string, agencyId: string) {
  const email = `e2e-report-${agencyId}-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await asAdmin((api) =>
    api.user.create.mutate({ email, displayName: `Cán bộ ${agencyId}`, role, scopeAreaCode, agencyId }),
  );
  const api = await signInApi({ email, password: temporaryPassword });
  await api.auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: OFFICER_PASSWORD });
  return { email, password: OFFICER_PASSWORD, api };
}

async function pageAs(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** A training class of Mường Tè, entered by its officer and approved by another admin (four eyes). */
async function approvedClass(author: ApiClient, reviewer: ApiClient, date: string) {
  const r = await author.record.create.mutate({
    planId: 'lc2228',
    type: 'training',
    date,
    areaCode: '03433',
    quantity: 1,
  });
  const submitted = await author.record.submit.mutate({ id: r.id, version: r.version });
  await reviewer.record.approve.mutate({ id: submitted.id, version: submitted.version });
}

async function download(page: Page, button: RegExp | string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile(await (await downloading).path());
}
const docText = (bytes: Buffer) =>
  [...strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ');

test('a district writes and submits, the department returns it with a reason, it is corrected, accepted and compiled', async ({
  browser,
}) => {
  const muongTe = await officerOf('district_officer', '107', 'lc-ubnd-107');
  const labour = await officerOf('agency_officer', '12', 'lc-sldtbxh');
  const reviewer = await signInApi(await readyAccount({ prefix: 'e2e-report-reviewer', password: OFFICER_PASSWORD }));
  await approvedClass(muongTe.api, reviewer, '2018-05-10');

  // The district officer: the narrative comes prefilled from the figures; a report without a signer is refused.
  const district = await pageAs(browser, muongTe);
  await district.goto(REPORT);
  await expect(district.getByTestId('report-state')).toHaveText('Chưa soạn');
  await expect(district.getByLabel('Kết quả đạt được')).toHaveValue(/Đã thực hiện 1 lượt hoạt động/);
  expect((await new AxeBuilder({ page: district }).analyze()).violations).toEqual([]);
  await district.getByLabel('Kết quả đạt được').fill('Tổ chức 01 lớp tập huấn tại thị trấn Mường Tè.');
  await district.getByLabel('Tồn tại, hạn chế, khó khăn').fill('Địa bàn rộng, đi lại khó khăn.');
  await district.getByRole('button', { name: /^Gửi báo cáo đến/ }).click();
  await expect(district.getByRole('alert')).toContainText('Ghi họ tên người ký trước khi gửi');
  await expect(district.getByLabel('Kết quả đạt được')).toHaveValue('Tổ chức 01 lớp tập huấn tại thị trấn Mường Tè.');
  await district.getByLabel('Họ tên người ký').fill('Lò Văn Hùng');
  await district.getByLabel('Số văn bản khi gửi').fill('15');
  await district.getByRole('button', { name: /^Gửi báo cáo đến/ }).click();
  await expect(district.getByRole('status').filter({ hasText: 'Đã gửi báo cáo' })).toBeVisible();
  await expect(district.getByTestId('report-state')).toHaveText('Đã gửi, chờ tiếp nhận');
  const sentFigures = district.getByTestId('sent-figures');
  await expect(sentFigures).toContainText('1 | 1 lớp');
  const figuresBefore = await sentFigures.textContent();
  const sentBefore = await download(district, 'Tải về bản đã gửi (DOCX)');
  expect(docText(sentBefore)).toContain('Tổ chức 01 lớp tập huấn tại thị trấn Mường Tè.');
  expect(docText(sentBefore)).not.toContain('[Dự thảo');

  // A record approved after the submission changes nothing that was sent.
  await approvedClass(muongTe.api, reviewer, '2018-06-10');
  await district.reload();
  await expect(district.getByTestId('sent-figures')).toHaveText(figuresBefore ?? '');
  expect((await download(district, 'Tải về bản đã gửi (DOCX)')).equals(sentBefore)).toBe(true);

  // The labour department returns it, saying why.
  const lead = await pageAs(browser, labour);
  await lead.goto(REPORT);
  await expect(lead.getByTestId('report-state')).toHaveText('Đã gửi, chờ tiếp nhận');
  await expect(lead.getByLabel('Kết quả đạt được')).toHaveCount(0);
  await expect(lead.getByRole('button', { name: 'Tải về DOCX' })).toHaveCount(0);
  await lead.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(lead.locator('#reason-error')).toContainText('lý do');
  await lead.getByLabel('Lý do trả lại').fill('Thiếu lớp tập huấn tháng 6/2018');
  await lead.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await expect(lead.getByTestId('report-state')).toHaveText('Bị trả lại');

  // The district sees why and what changed since, corrects and resubmits.
  await district.reload();
  await expect(district.getByRole('note')).toContainText('Thiếu lớp tập huấn tháng 6/2018');
  await expect(district.getByRole('table', { name: 'Số liệu thay đổi so với bản đã gửi' })).toContainText('2 | 2 lớp');
  await district
    .getByLabel('Kết quả đạt được')
    .fill('Tổ chức 02 lớp tập huấn tại thị trấn Mường Tè (tháng 5 và tháng 6/2018).');
  await district.getByRole('button', { name: /^Gửi báo cáo đến/ }).click();
  await expect(district.getByTestId('report-state')).toHaveText('Đã gửi, chờ tiếp nhận');
  await expect(district.getByRole('heading', { name: 'Bản đã gửi (lần 2)' })).toBeVisible();

  // The department accepts it; the history names each step.
  await lead.reload();
  await lead.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
  await expect(lead.getByTestId('report-state')).toHaveText('Đã tiếp nhận');
  await expect(lead.locator('.history li').last()).toContainText('Tiếp nhận — Cán bộ lc-sldtbxh');
  await expect(lead.locator('.history')).toContainText('Trả lại — Cán bộ lc-sldtbxh: Thiếu lớp tập huấn tháng 6/2018');

  // The list shows the state in words; the compiled province report shows it, attributed.
  await lead.goto('/bao-cao?plan=lc2228&asOf=2019-01-20');
  const row = lead
    .getByRole('row')
    .filter({ has: lead.getByRole('link', { name: /báo cáo Năm 2018 của Ủy ban nhân dân huyện Mường Tè/ }) });
  await expect(row).toContainText('Đã tiếp nhận');
  await lead.goto(COMPILE);
  await expect(lead.getByRole('status')).toContainText('Đã tiếp nhận 1/9 báo cáo');
  expect((await new AxeBuilder({ page: lead }).analyze()).violations).toEqual([]);
  await lead.getByLabel('Người ký').fill('Nguyễn Thị Lan');
  const compiled = docText(await download(lead, 'Tải về báo cáo tổng hợp (DOCX)'));
  expect(compiled).toContain('Theo Báo cáo số 15');
  expect(compiled).toContain('của Ủy ban nhân dân huyện Mường Tè');
  expect(compiled).toContain('Tổ chức 02 lớp tập huấn tại thị trấn Mường Tè (tháng 5 và tháng 6/2018).');
  expect(compiled).toMatch(/Chưa có báo cáo được tiếp nhận[^.]*Ủy ban nhân dân huyện Phong Thổ/);
});

test('a plan that ended long ago does not flood the list: old periods hidden, then shown as not sent', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/bao-cao?plan=lc2228&asOf=2026-12-04');
  await expect(page.getByText(/báo cáo của các kỳ cách ngày 04\/12\/2026 hơn một năm không hiện/)).toBeVisible();
  await expect(page.getByText(/quá \d{3,} ngày/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Xem tất cả các kỳ' }).click();
  await expect(page).toHaveURL(/ky=tat-ca/);
  await expect(page.getByText('Không nộp (hạn 15/01/2018)').first()).toBeVisible();
  await expect(page.getByText(/quá \d{3,} ngày/)).toHaveCount(0);
});
