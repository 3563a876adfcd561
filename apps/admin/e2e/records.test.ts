import AxeBuilder from '@axe-core/playwright';
import { readyAccount } from '@pcmbn/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { OFFICER_PASSWORD, signIn } from './auth';

/**
 * Records (kết quả thực hiện) end to end: entry with the diacritic-free commune search, submit and approve, a
 * rejected record seen by its author, a forbidden record of another district, CSV import all or nothing, keyboard
 * only, axe. Lai Châu 2228 (2016 units): 109 Huyện Phong Thổ (03549 Thị trấn Phong Thổ), 107 Huyện Mường Tè.
 */

// Several sign-ins (argon2) and two browsers per test: more time than the default on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const PLAN = 'lc2228';
const EVENT = 'lc2228-a-2017-2-1-3';

/** A district officer of `district`, password already changed, with its API client. */
function districtOfficer(district: string) {
  return readyAccount({
    prefix: `e2e-district-${district}`,
    role: 'district_officer',
    scopeAreaCode: district,
    displayName: `Cán bộ huyện ${district}`,
    password: OFFICER_PASSWORD,
  });
}

async function pageAs(browser: Browser, account?: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

test('a district officer enters a record with "Phong Tho", submits it; the province admin approves it and it counts', async ({
  browser,
}) => {
  const phongTho = await districtOfficer('109');
  const page = await pageAs(browser, phongTho);
  await page.goto(`/ket-qua/moi?plan=${PLAN}`);
  await page.getByLabel('Hoạt động của kế hoạch').selectOption(EVENT);
  await page.getByLabel('Ngày thực hiện').fill('12/06/2017');
  await page.getByLabel('Tìm địa bàn').fill('Phong Tho');
  await expect(page.getByText(/địa bàn khớp “Phong Tho”/)).toBeVisible();
  const commune = page.getByLabel('Địa bàn (xã, phường, thị trấn)');
  await expect(commune).toHaveValue('03549');
  await expect(commune.locator('option').first()).toHaveText('Thị trấn Phong Thổ — Huyện Phong Thổ (03549)');
  await page.getByLabel('Số lượng').fill('1');
  await page.getByLabel('Tổng số người').fill('150');
  await page.getByLabel('Trong đó phụ nữ').fill('90');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả ngày 12/06/2017 tại Thị trấn Phong Thổ');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu kết quả ở trạng thái Nháp' })).toBeVisible();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();
  await expect(page.locator('summary', { hasText: /^Duyệt$/ })).toHaveCount(0);
  const url = page.url().split('?')[0]!;

  const admin = await pageAs(browser);
  await admin.goto(url);
  // Approving asks first (issue 15 item 4).
  await admin.locator('summary', { hasText: /^Duyệt$/ }).click();
  await admin.getByRole('button', { name: 'Xác nhận duyệt' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Đã duyệt kết quả.' })).toBeVisible();
  await expect(admin.getByText('Đã duyệt', { exact: true })).toBeVisible();

  // It now counts among the approved records of the commune.
  await page.goto(`/ket-qua?plan=${PLAN}&area=03549&status=approved&mine=1`);
  await expect(page.getByText(/^1 kết quả · trang 1\/1/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Danh sách kết quả thực hiện' }).getByRole('row')).toHaveCount(2);
});

test('a rejected record shows the reason to its author', async ({ browser }) => {
  const tamDuong = await districtOfficer('106');
  const r = await tamDuong.api.record.create.mutate({
    planId: PLAN,
    activityId: EVENT,
    date: '2017-08-02',
    areaCode: '03394',
    quantity: 1,
  });
  await tamDuong.api.record.submit.mutate({ id: r.id, version: 1 });

  const admin = await pageAs(browser);
  await admin.goto(`/ket-qua/${r.id}`);
  await admin.getByRole('button', { name: 'Trả lại' }).click();
  await expect(admin.getByText('Cần ghi lý do trả lại (ít nhất 3 ký tự).')).toBeVisible();
  await admin.getByLabel('Lý do trả lại').fill('Thiếu số người được tiếp cận');
  await admin.getByRole('button', { name: 'Trả lại' }).click();
  await expect(admin.getByText('Bị trả lại', { exact: true })).toBeVisible();

  const author = await pageAs(browser, tamDuong);
  await author.goto(`/ket-qua/${r.id}`);
  await expect(author.getByRole('note', { name: 'Lý do trả lại' })).toContainText('Thiếu số người được tiếp cận');
  await expect(author.getByRole('link', { name: 'Sửa kết quả' })).toBeVisible();
});

test('four eyes: an admin who changed the record cannot approve it; the history names who did what', async ({
  browser,
}) => {
  const tamDuong = await districtOfficer('106');
  const editor = await readyAccount({
    prefix: 'e2e-admin-four-eyes',
    role: 'province_admin',
    scopeAreaCode: '12',
    displayName: 'Quản trị sửa số liệu',
    password: OFFICER_PASSWORD,
  });
  const r = await tamDuong.api.record.create.mutate({
    planId: PLAN,
    activityId: EVENT,
    date: '2017-10-03',
    areaCode: '03394',
    quantity: 1,
  });
  const edited = await editor.api.record.update.mutate({
    id: r.id,
    version: r.version,
    activityId: EVENT,
    date: '2017-10-03',
    areaCode: '03394',
    quantity: 99_999,
  });
  await editor.api.record.submit.mutate({ id: r.id, version: edited.version });

  const page = await pageAs(browser, editor);
  await page.goto(`/ket-qua/${r.id}`);
  const history = page.getByTestId('record-history').getByRole('listitem');
  await expect(history.filter({ hasText: 'Nhập kết quả' })).toContainText('Cán bộ huyện 106');
  await expect(history.filter({ hasText: 'Sửa nội dung' }).first()).toContainText('Quản trị sửa số liệu');
  await expect(page.getByTestId('record-history')).toContainText('Số lượng: 1 → 99.999');
  await expect(history.first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(page.getByRole('note').filter({ hasText: 'Bạn đã sửa nội dung kết quả này' })).toBeVisible();
  await expect(page.locator('summary', { hasText: /^Duyệt$/ })).toHaveCount(0);
});

test('an officer of another district cannot open or approve the record: it reads as not found, in Vietnamese', async ({
  browser,
}) => {
  const phongTho = await districtOfficer('109');
  const r = await phongTho.api.record.create.mutate({
    planId: PLAN,
    activityId: EVENT,
    date: '2017-09-09',
    areaCode: '03549',
  });
  await phongTho.api.record.submit.mutate({ id: r.id, version: 1 });
  const muongTe = await districtOfficer('107');
  const page = await pageAs(browser, muongTe);
  const response = await page.goto(`/ket-qua/${r.id}`);
  // What the caller may not read answers exactly like an id that does not exist: it does not reveal the record.
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText(`Không tìm thấy kết quả thực hiện "${r.id}"`);
  // Posting the approve form directly is refused by the API too, and changes nothing.
  const post = await page.request.post(`/ket-qua/${r.id}?/approve`, {
    form: { version: '2' },
    headers: { origin: new URL(page.url()).origin },
  });
  // A plain (non-enhanced) action POST renders the page with the failure's status; an enhanced one answers 200 + JSON.
  expect([200, 404]).toContain(post.status());
  expect(await post.text()).toContain('Không tìm thấy kết quả thực hiện');
  expect((await phongTho.api.record.get.query({ id: r.id })).status).toBe('submitted');
  await page.goto('/ket-qua');
  await expect(page.getByRole('link', { name: '09/09/2017' })).toHaveCount(0);
});

test('CSV import: a file with a bad row shows row errors and inserts nothing; a good file imports', async ({
  browser,
}) => {
  const tamDuong = await districtOfficer('106');
  const page = await pageAs(browser, tamDuong);
  const header = 'Ngày,Mã hoạt động,Địa bàn,Số lượng,Số người được tiếp cận';
  const bad = [header, `10/05/2017,${EVENT},Thèn Sin,1,100`, `31/02/2017,${EVENT},Sung Phai,1,80`].join('\n');
  const good = [header, `10/05/2017,${EVENT},Thèn Sin,1,100`, `11/05/2017,${EVENT},Sung Phai,1,80`].join('\n');

  await page.goto('/ket-qua/nhap');
  await page.getByLabel('Kế hoạch').selectOption(PLAN);
  await page
    .getByLabel('Tệp kết quả')
    .setInputFiles({ name: 'ket-qua-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByRole('alert')).toContainText('không dòng nào được nhập');
  const errors = page.getByRole('table', { name: 'Lỗi theo dòng' });
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors).toContainText('Dòng 3: ngày “31/02/2017” không hợp lệ');
  await expect(page.getByRole('button', { name: /Xác nhận nhập/ })).toHaveCount(0);
  expect((await tamDuong.api.record.list.query({ createdByMe: true })).total).toBe(0);

  await page.getByLabel('Kế hoạch').selectOption(PLAN);
  await page
    .getByLabel('Tệp kết quả')
    .setInputFiles({ name: 'ket-qua.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tệp hợp lệ: 2 dòng' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Xem trước/ })).toContainText('Xã Sùng Phài');
  await page.getByRole('button', { name: 'Xác nhận nhập 2 dòng' }).click();
  await expect(page).toHaveURL(/\/ket-qua\?import=/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập 2 kết quả từ tệp “ket-qua.csv”' })).toBeVisible();
  await expect(page.getByText(/^2 kết quả · trang 1\/1/)).toBeVisible();
  expect((await tamDuong.api.record.list.query({ createdByMe: true })).total).toBe(2);
});

test('the entry form works with the keyboard only', async ({ browser }) => {
  const tamDuong = await districtOfficer('106');
  const page = await pageAs(browser, tamDuong);
  await page.goto(`/ket-qua/moi?plan=${PLAN}`);
  await page.getByLabel('Hoạt động của kế hoạch').focus();
  // Native select: typing and arrows move the choice; Tab leaves it. The first activity is of 2016 (09/11–31/12):
  // a date outside its year is refused.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('05/12/2016');
  await page.keyboard.press('Tab');
  await page.keyboard.type('thi tran tam duong');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Địa bàn (xã, phường, thị trấn)')).toBeFocused();
  await expect(page.getByLabel('Địa bàn (xã, phường, thị trấn)')).toHaveValue('03390');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.getByLabel('Số lượng').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả ngày 05/12/2016 tại Thị trấn Tam Đường');
  await page.getByRole('button', { name: 'Gửi duyệt' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();
});

test('bad entries get Vietnamese messages beside their fields and nothing is lost', async ({ browser }) => {
  const tamDuong = await districtOfficer('106');
  const page = await pageAs(browser, tamDuong);
  await page.goto(`/ket-qua/moi?plan=${PLAN}`);
  await page.getByLabel('Hoạt động của kế hoạch').selectOption(EVENT);
  await page.getByLabel('Ngày thực hiện').fill('12/06/2030');
  await page.getByLabel('Tìm địa bàn').fill('then sin');
  await page.getByLabel('Tổng số người').fill('10');
  await page.getByLabel('Trong đó trẻ em').fill('20');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.locator('#date-error')).toContainText('chưa đến');
  await expect(page.locator('#reachedChildren-error')).toContainText(
    'Số người trẻ em (20) lớn hơn tổng số người được tiếp cận (10)',
  );
  await expect(page.getByLabel('Ngày thực hiện')).toHaveValue('12/06/2030');
  await expect(page.getByLabel('Địa bàn (xã, phường, thị trấn)')).toHaveValue('03394');
});

/** Typed into the entry form by the two tests below: more children than people, so the save is refused. */
const REFUSED = {
  'Ngày thực hiện': '12/06/2018',
  'Số lượng': '3',
  'Tổng số người': '10',
  'Trong đó trẻ em': '20',
  'Nội dung, ghi chú': 'Ghi chú phải còn nguyên',
};

async function typeInto(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label).fill(value);
}

async function expectValues(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await expect(page.getByLabel(label)).toHaveValue(value);
}

test('text typed before the page has hydrated survives hydration and a refused save', async ({ browser }) => {
  const page = await pageAs(browser, await districtOfficer('106'));
  // Hold the app's JavaScript back: the form is typed into while only the server's HTML is there, as a fast
  // officer on a slow connection does.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/ket-qua/moi?plan=${PLAN}`, { waitUntil: 'domcontentloaded' });
  await typeInto(page, { ...REFUSED, 'Tìm địa bàn': 'then sin' });
  const count = page.locator('#areaCode-count');
  await expect(count).not.toContainText('khớp'); // nothing has run yet

  release();
  // The search box narrows the list only once the page has hydrated (and read what was typed into it).
  await expect(count).toContainText('địa bàn khớp “then sin”');
  await expectValues(page, REFUSED);

  await page.getByLabel('Hoạt động của kế hoạch').selectOption(EVENT);
  await page.getByLabel('Địa bàn (xã, phường, thị trấn)').selectOption('03394');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.locator('#reachedChildren-error')).toContainText('lớn hơn tổng số người được tiếp cận');
  await expectValues(page, REFUSED);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused save shows again every value that was sent, from the server', async ({ page }) => {
    await signIn(page, await districtOfficer('106'));
    await page.goto(`/ket-qua/moi?plan=${PLAN}`);
    const choices = { 'Hoạt động của kế hoạch': EVENT, 'Địa bàn (xã, phường, thị trấn)': '03394' };
    for (const [label, value] of Object.entries(choices)) await page.getByLabel(label).selectOption(value);
    await typeInto(page, REFUSED);
    await page.getByRole('button', { name: 'Lưu nháp' }).click();

    await expect(page.locator('#reachedChildren-error')).toContainText('lớn hơn tổng số người được tiếp cận');
    await expectValues(page, { ...REFUSED, ...choices });
  });
});

test('axe finds no violations on the records list, the entry form and the import page', async ({ browser }) => {
  const tamDuong = await districtOfficer('106');
  await tamDuong.api.record.create.mutate({
    planId: PLAN,
    activityId: EVENT,
    date: '2017-08-02',
    areaCode: '03394',
    quantity: 1,
  });
  const page = await pageAs(browser, tamDuong);
  for (const path of [`/ket-qua?plan=${PLAN}`, `/ket-qua/moi?plan=${PLAN}`, '/ket-qua/nhap']) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
