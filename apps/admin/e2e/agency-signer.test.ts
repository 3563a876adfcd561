import AxeBuilder from '@axe-core/playwright';
import { asAdmin, signInApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { OFFICER_PASSWORD, signIn } from './auth';

/**
 * Issue 13.3, "the signer's title and name come from the agency": a province admin sets Càng Long's committee's
 * signer on the agency page (a form that works without JavaScript); the district officer's 2019 report form then
 * starts from that title and name.
 */
test('an agency’s signer set by the admin prefills its report', async ({ page, browser }) => {
  await signIn(page);
  await page.goto('/quan-tri/co-quan/tv-ubnd-842');
  const name = `Nguyễn Văn Ký ${randomBytes(2).toString('hex')}`;
  await page.getByLabel('Người ký từ ngày').fill('2018-01-01');
  await page.getByLabel('Chức vụ người ký').fill('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
  await page.getByLabel('Họ và tên người ký').fill(name);
  await page.getByRole('button', { name: 'Đặt người ký' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đặt người ký' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('01/01/2018');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const email = `e2e-signer-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await asAdmin((api) =>
    api.user.create.mutate({
      email,
      displayName: 'Cán bộ huyện Càng Long',
      role: 'district_officer',
      scopeAreaCode: '842',
      agencyId: 'tv-ubnd-842',
    }),
  );
  const api = await signInApi({ email, password: temporaryPassword });
  await api.auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: OFFICER_PASSWORD });
  const district = await (await browser.newContext()).newPage();
  await signIn(district, { email, password: OFFICER_PASSWORD });
  await district.goto('/bao-cao/lap?plan=tv651&rule=tv651-r-yearly&period=2019&agency=tv-ubnd-842&asOf=2019-12-01');
  await expect(district.getByLabel('Họ tên người ký')).toHaveValue(name);
  await expect(district.getByLabel('Chức vụ người ký')).toHaveValue('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
});

test('the compiled province report starts from the receiving body’s signer', async ({ page }) => {
  const name = `Trần Văn Tổng ${randomBytes(2).toString('hex')}`;
  await asAdmin((api) =>
    api.agency.signerSet.mutate({ agencyId: 'tv-stttt', validFrom: '2018-01-01', title: 'GIÁM ĐỐC', name }),
  );
  await signIn(page);
  await page.goto('/bao-cao/tong-hop?plan=tv651&rule=tv651-r-yearly&period=2019');
  await expect(page.getByLabel('Người ký')).toHaveValue(name);
});
