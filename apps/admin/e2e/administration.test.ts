import AxeBuilder from '@axe-core/playwright';
import { createApiClient } from '@pcmbn/api/client';
import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { officer, signIn } from './auth';

const API = () => process.env['PCMBN_API_URL'] as string;
// No word of the account's name (Người xem thử nghiệm): the password policy refuses those.
const VIEWER_PASSWORD = 'chi doc bao cao e2e dai';

/** A viewer of Trà Vinh with a known password, created through the API by the worker's province admin. */
async function viewerAccount(): Promise<{ email: string; password: string }> {
  const { token } = await createApiClient(API()).auth.login.mutate({ ...(await officer()), transport: 'token' });
  const email = `e2e-viewer-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await createApiClient(API(), { token: token! }).user.create.mutate({
    email,
    displayName: 'Người xem thử nghiệm',
    role: 'viewer',
    scopeAreaCode: '84',
  });
  const own = await createApiClient(API()).auth.login.mutate({
    email,
    password: temporaryPassword,
    transport: 'token',
  });
  await createApiClient(API(), { token: own.token! }).auth.changePassword.mutate({
    currentPassword: temporaryPassword,
    newPassword: VIEWER_PASSWORD,
  });
  return { email, password: VIEWER_PASSWORD };
}

async function axe(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test.describe('province admin', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('create a district officer: the temporary password is shown once; the audit log records it', async ({
    page,
  }) => {
    await page.goto('/quan-tri/nguoi-dung');
    await axe(page);
    const email = `e2e-huyen-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Họ tên').fill('Cán bộ huyện Càng Long');
    await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ cấp huyện' });
    await page.getByLabel('Phạm vi (địa bàn)').selectOption('844');
    // Lai Châu's newest list (01/07/2025) has no districts, its plan's list does: its districts are still offered.
    await expect(page.getByLabel('Phạm vi (địa bàn)').locator('option[value="107"]')).toHaveText(/Mường Tè/);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const password = page.getByTestId('temporary-password');
    await expect(password).toHaveText(/^\S{20}$/);
    await expect(page.getByRole('status').filter({ hasText: 'chỉ hiển thị một lần' })).toContainText(email);
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Chờ đổi mật khẩu');
    await axe(page);

    await page.reload();
    await expect(page.getByTestId('temporary-password')).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Huyện Càng Long');

    // A wrong combination is refused beside the field.
    await page.getByLabel('Email').fill(`e2e-sai-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`);
    await page.getByLabel('Họ tên').fill('Sai phạm vi');
    await page.getByLabel('Vai trò').selectOption({ label: 'Cán bộ cấp huyện' });
    await page.getByLabel('Phạm vi (địa bàn)').selectOption('84');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.locator('#scopeAreaCode-error')).toContainText('Cán bộ huyện phải gắn với một huyện');

    await page.goto('/quan-tri/nhat-ky?entity=user');
    const entry = page.getByRole('row').filter({ hasText: 'tạo tài khoản' }).first();
    await expect(entry).toBeVisible();
    await entry.getByText(/trường thay đổi/).click();
    await expect(entry.getByRole('row').filter({ hasText: 'email' })).toContainText('@e2e.pcmbn.local');
    await axe(page);
  });

  test('edit an area’s tags and population found by a search without diacritics; the audit log shows the diff', async ({
    page,
  }) => {
    await page.goto('/quan-tri/dia-ban?tinh=84');
    await page.getByLabel('Tìm theo tên hoặc mã').fill('my cam');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByRole('cell', { name: 'Xã Mỹ Cẩm', exact: true })).toBeVisible();
    await axe(page);
    await page.getByRole('link', { name: 'Sửa Xã Mỹ Cẩm' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Xã Mỹ Cẩm/ })).toBeVisible();
    await axe(page);

    // Bad input first: a negative population is refused beside its field.
    await page.getByLabel('Tổng dân số').fill('-5');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.locator('#total-error')).toBeVisible();

    await page.getByLabel(/ven biển/).check();
    await page.getByLabel('Nhãn khác').fill('e2e_kiem_tra');
    await page.getByLabel('Tổng dân số').fill('5120');
    await page.getByLabel('Số người từ 14 đến 60 tuổi').fill('3100');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu nhãn và dân số' })).toBeVisible();

    await page.goto('/quan-tri/dia-ban?tinh=84&nhan=coastal&q=my+cam');
    const row = page.getByRole('row').filter({ hasText: 'Xã Mỹ Cẩm' });
    await expect(row).toContainText('ven biển');
    await expect(row).toContainText('e2e_kiem_tra');
    await expect(row).toContainText('5.120');

    await page.goto('/quan-tri/nhat-ky?entity=area');
    const entry = page
      .getByRole('row')
      .filter({ hasText: 'sửa thông tin địa bàn' })
      .filter({ hasText: 'e2e_kiem_tra' })
      .first();
    await entry.getByText(/trường thay đổi/).click();
    await expect(entry.getByRole('row').filter({ hasText: 'tags' })).toContainText('e2e_kiem_tra');
    await expect(entry.getByRole('row').filter({ hasText: 'population' })).toContainText('5120');
  });

  test('agencies list their effective dates; an agency can be added and edited', async ({ page }) => {
    await page.goto('/quan-tri/co-quan?tinh=84');
    await expect(page.getByRole('row').filter({ hasText: 'Sở Thông tin và Truyền thông tỉnh Trà Vinh' })).toContainText(
      /28\/02\/2025/,
    );
    await axe(page);
    const id = `tv-e2e-${randomBytes(3).toString('hex')}`;
    await page.getByLabel('Mã cơ quan').fill(id);
    await page.getByLabel('Tên cơ quan').fill('Trung tâm thử nghiệm tỉnh Trà Vinh');
    // The form's own province select (the list filter above is labelled "Tỉnh" too; member checkboxes name provinces).
    await page.getByLabel('Tỉnh Province', { exact: true }).selectOption('84');
    await page.getByLabel('Có hiệu lực từ').fill('2020-01-01');
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    // The new agency's row in the list (the page reloads it after the action), beside the action's status.
    await expect(page.getByRole('row').filter({ hasText: id })).toContainText('01/01/2020 – nay');
    await expect(page.getByRole('status').filter({ hasText: 'Đã thêm cơ quan' })).toBeVisible();
    await page.goto(`/quan-tri/co-quan/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(id) })).toBeVisible();
    await page.getByLabel('Hết hiệu lực ngày').fill('2019-01-01');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.locator('#validTo-error')).toContainText('Ngày hết hiệu lực phải sau ngày có hiệu lực');
    await page.getByLabel('Hết hiệu lực ngày').fill('2025-02-28');
    await page.getByLabel('Cơ quan kế nhiệm').selectOption('tv-hlhpn');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
    await page.goto('/quan-tri/co-quan?tinh=84');
    await expect(page.getByRole('row').filter({ hasText: id })).toContainText('01/01/2020 – 28/02/2025');
  });

  test('an agency’s organisation: parent, governed area and members are saved, shown, and a loop is refused beside its field', async ({
    page,
  }) => {
    await page.goto('/quan-tri/co-quan?tinh=84');
    const id = `tv-e2e-bcd-${randomBytes(3).toString('hex')}`;
    const name = `Ban Chỉ đạo thử nghiệm ${id}`;
    await page.getByLabel('Mã cơ quan').fill(id);
    await page.getByLabel('Tên cơ quan').fill(name);
    await page.getByLabel('Cơ quan cấp trên').selectOption({ label: 'Ủy ban nhân dân tỉnh Trà Vinh' });
    // The province as the 2018 plan knew it: Trà Vinh is in two lists since the 2025 ones were added (newest first).
    await page.getByLabel('Địa bàn quản lý').selectOption('2018-04-06|84');
    const members = page.getByRole('group', { name: 'Cơ quan thành viên' });
    // Only agencies of the chosen province (or national ones) are offered.
    await expect(members.getByRole('checkbox', { name: 'Báo Lai Châu' })).toHaveCount(0);
    await members.getByRole('checkbox', { name: 'Công an tỉnh Trà Vinh', exact: true }).check();
    await members.getByRole('checkbox', { name: 'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh', exact: true }).check();
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã thêm cơ quan' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: id });
    await expect(row).toContainText('Ủy ban nhân dân tỉnh Trà Vinh');
    await expect(row).toContainText('2 cơ quan thành viên');
    await expect(row).toContainText('Tỉnh Trà Vinh');

    await row.getByRole('link', { name: /^Sửa/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(id) })).toBeVisible();
    await expect(page.getByLabel('Cơ quan cấp trên')).toHaveValue('tv-ubnd');
    await expect(page.getByLabel('Địa bàn quản lý')).toHaveValue('2018-04-06|84');
    await expect(page.getByRole('checkbox', { name: 'Công an tỉnh Trà Vinh', exact: true })).toBeChecked();
    await axe(page);

    // The provincial committee is this committee's parent: it cannot also be one of its members.
    await page.getByRole('checkbox', { name: 'Ủy ban nhân dân tỉnh Trà Vinh', exact: true }).check();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.locator('#memberIds-error')).toContainText('trực thuộc');
    await expect(page.getByRole('group', { name: 'Cơ quan thành viên' })).toHaveAttribute(
      'aria-describedby',
      'memberIds-error',
    );
    await axe(page);

    await page.getByRole('checkbox', { name: 'Ủy ban nhân dân tỉnh Trà Vinh', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh', exact: true }).uncheck();
    await page.getByLabel('Địa bàn quản lý').selectOption({ label: 'Huyện Càng Long' });
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
    await page.goto('/quan-tri/co-quan?tinh=84');
    await expect(page.getByRole('row').filter({ hasText: id })).toContainText('1 cơ quan thành viên');
    await expect(page.getByRole('row').filter({ hasText: id })).toContainText('Huyện Càng Long');

    // A seeded group entry lists its district committees, checked.
    await page.goto('/quan-tri/co-quan/tv-ubnd-huyen');
    await expect(page.getByRole('checkbox', { name: 'Ủy ban nhân dân huyện Càng Long', exact: true })).toBeChecked();
  });
});

test('a viewer is refused the administration pages', async ({ page }) => {
  await signIn(page, await viewerAccount());
  await expect(
    page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Quản trị' }),
  ).toHaveCount(0);
  for (const path of ['/quan-tri', '/quan-tri/nguoi-dung', '/quan-tri/dia-ban', '/quan-tri/nhat-ky']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText('Chỉ quản trị viên cấp tỉnh được vào mục Quản trị')).toBeVisible();
  }
  // The viewer may read reports but not mark them submitted.
  await page.goto('/bao-cao?plan=tv651&asOf=2019-12-25');
  await page.getByRole('link', { name: 'Lập, tải về báo cáo Năm 2019 của Hội Liên hiệp Phụ nữ tỉnh Trà Vinh' }).click();
  await expect(page.getByRole('button', { name: 'Đánh dấu đã nộp' })).toHaveCount(0);
});
