import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { readyAccount, signInApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { OFFICER_PASSWORD, officerApi, signIn } from './auth';

/**
 * Issue 14 item 6, "done when": Trà Vinh's plan is carried onto the 01/07/2025 structure in the admin console, and a
 * record entered in a new Vĩnh Long ward (Phường Long Đức, formed from Phường 4 and Xã Long Đức of Thành phố Trà
 * Vinh) after the date counts toward its target on Thành phố Trà Vinh. The record is entered through the form, whose
 * list of areas follows the record's date: a unit picked from the other structure's list is sent back with that
 * date's list (codes are reused: 29263 is also the 2018 Xã Long Đức).
 */
test.describe.configure({ timeout: 120_000 });

const PERIOD = { from: '2025-01-02', to: '2026-12-31' };

test('an officer carries a Trà Vinh plan onto 01/07/2025; a record at Phường Long Đức then counts', async ({
  page,
}) => {
  const id = `e2e-carry-${randomBytes(3).toString('hex')}`;
  const officer = await officerApi();
  await officer.plan.create.mutate({
    document: {
      id,
      code: '97/KH-UBND',
      title: 'Kế hoạch truyền thông phòng, chống mua bán người 2025–2026',
      issuer: 'Ủy ban nhân dân tỉnh Trà Vinh',
      issuedOn: '2025-01-02',
      provinceCode: '84',
      areaStructure: '2018-04-06',
      period: PERIOD,
      activities: [
        { id: `${id}-a1`, type: 'community_event', title: 'Buổi truyền thông tại thành phố Trà Vinh', period: PERIOD },
      ],
      targets: [
        {
          id: `${id}-t1`,
          kind: 'output_count',
          title: 'Tổ chức 01 buổi truyền thông tại thành phố Trà Vinh',
          period: PERIOD,
          activityTypes: ['community_event'],
          minQuantity: 1,
          areaCodes: ['842'],
        },
      ],
    },
  });

  await signIn(page, undefined, `/ke-hoach/${id}`);
  await page.getByRole('link', { name: 'Chuyển cơ cấu hành chính' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Chuyển kế hoạch sang cơ cấu hành chính ngày 01/07/2025',
  );
  await expect(page.getByText(/Địa bàn của kế hoạch nay thuộc/)).toContainText('Tỉnh Vĩnh Long');
  const phuong4 = page.getByRole('row', { name: /^Phường 4 — Thành phố Trà Vinh/ });
  await expect(phuong4).toContainText('Nhập vào');
  await expect(phuong4).toContainText('Phường Long Đức');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Submitting before deciding names every unit still open; then each is decided.
  await page.getByRole('button', { name: 'Chuyển kế hoạch từ ngày 01/07/2025' }).click();
  await expect(page.getByRole('alert')).toContainText('Còn đơn vị chưa được quyết định');
  const phuong2 = page.getByLabel('Đơn vị mới của Phường 2');
  await expect(phuong2).toHaveAttribute('aria-invalid', 'true');
  const choices = page.getByLabel(/^Đơn vị mới của /);
  for (let i = 0, n = await choices.count(); i < n; i++) await choices.nth(i).selectOption('none');
  await phuong2.selectOption({ label: 'Phường Trà Vinh' });
  await page.getByRole('button', { name: 'Chuyển kế hoạch từ ngày 01/07/2025' }).click();
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}\\?carried=1$`));
  await expect(page.getByText(/theo cơ cấu ngày 01\/07\/2025/)).toContainText('từ 01/07/2025');

  // A record after the date at the new ward, entered in the form, approved by a second admin (four eyes).
  await page.goto(`/ket-qua/moi?plan=${id}`);
  await expect(page.locator('#carry-note')).toContainText('các đơn vị mới (từ 01/07/2025)');
  const area = page.getByLabel('Địa bàn (xã, phường, thị trấn)');
  await expect(area.locator('option[value="29263"]')).toHaveText(/^Phường Long Đức — từ Phường 4, Xã Long Đức/);
  await page.getByLabel(/^Hoạt động của kế hoạch/).selectOption(`${id}-a1`);
  await page.getByLabel('Số lượng').fill('1');
  // A date before the carry with a new unit: refused, and the old units offered instead.
  await page.getByLabel(/^Ngày thực hiện/).fill('15/06/2025');
  await area.selectOption('29263');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByRole('alert')).toContainText('Ngày 15/06/2025 trước ngày kế hoạch chuyển sang cơ cấu');
  await expect(page.locator('#carry-note')).toContainText('các đơn vị cũ (trước 01/07/2025)');
  await expect(area.locator('option[value="29236"]')).toHaveText(/^Phường 4 — Thành phố Trà Vinh/);
  // The right date, and the list of its structure again.
  await page.getByLabel(/^Ngày thực hiện/).fill('10/03/2026');
  await area.selectOption('29263');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByRole('alert')).toContainText('ngày 10/03/2026 cần một đơn vị mới');
  await expect(page.locator('#carry-note')).toContainText('các đơn vị mới (từ 01/07/2025)');
  await page.getByLabel(/^Tìm địa bàn/).fill('Long Duc');
  await expect(area).toHaveValue('29263');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/ket-qua\/[0-9a-f-]{36}\?done=created$/);
  await expect(page.getByRole('main')).toContainText('Phường Long Đức');
  const recordId = new URL(page.url()).pathname.split('/').pop()!;
  const record = await officer.record.get.query({ id: recordId });
  expect(record).toMatchObject({ areaCode: '29263', date: '2026-03-10', status: 'draft' });
  const submitted = await officer.record.submit.mutate({ id: record.id, version: record.version });
  const reviewer = await signInApi(await readyAccount({ prefix: 'e2e-carry-reviewer', password: OFFICER_PASSWORD }));
  await reviewer.record.approve.mutate({ id: submitted.id, version: submitted.version });

  await page.goto(`/ke-hoach/${id}?asOf=2026-06-30`);
  const target = page.locator(`[data-target="${id}-t1"]`);
  await expect(target.getByText(/^Kết quả:/)).toContainText('1');
  await expect(target).toContainText('Đã đạt');
});
