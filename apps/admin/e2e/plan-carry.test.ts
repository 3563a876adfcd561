import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { readyAccount, signInApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { OFFICER_PASSWORD, officerApi, signIn } from './auth';

/**
 * Issue 14 item 6, "done when": Trà Vinh's plan is carried onto the 01/07/2025 structure in the admin console, and a
 * record entered in a new Vĩnh Long ward (Phường Long Đức, formed from Phường 4 and Xã Long Đức of Thành phố Trà
 * Vinh) after the date counts toward its target on Thành phố Trà Vinh.
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

  // A record after the date at the new ward, approved by a second admin (four eyes).
  const record = await officer.record.create.mutate({
    planId: id,
    type: 'community_event',
    date: '2026-03-10',
    areaCode: '29263',
    quantity: 1,
  });
  expect(record.areaName).toBe('Phường Long Đức');
  const submitted = await officer.record.submit.mutate({ id: record.id, version: record.version });
  const reviewer = await signInApi(await readyAccount({ prefix: 'e2e-carry-reviewer', password: OFFICER_PASSWORD }));
  await reviewer.record.approve.mutate({ id: submitted.id, version: submitted.version });

  await page.goto(`/ke-hoach/${id}?asOf=2026-06-30`);
  const target = page.locator(`[data-target="${id}-t1"]`);
  await expect(target.getByText(/^Kết quả:/)).toContainText('1');
  await expect(target).toContainText('Đã đạt');
});
