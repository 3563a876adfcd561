import { expect, test } from '@playwright/test';
import { newAccount, officer, signIn, submitSignIn } from './auth';

test('a protected page sends a signed-out visitor to the sign-in page, and back after signing in', async ({ page }) => {
  await page.goto('/?province=12');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2F%3Fprovince%3D12$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đăng nhập');
  await submitSignIn(page, await officer());
  await expect(page).toHaveURL(/\/\?province=12$/);
  await expect(page.getByRole('heading', { level: 2, name: /Lai Châu/ })).toBeVisible();
});

test('a wrong password shows the Vietnamese error and keeps the e-mail', async ({ page }) => {
  const account = await officer();
  await page.goto('/dang-nhap');
  await submitSignIn(page, { email: account.email, password: 'không phải mật khẩu' });
  await expect(page.getByRole('alert')).toContainText('Email hoặc mật khẩu không đúng');
  await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password');
  await expect(page.getByLabel('Email')).toHaveValue(account.email);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('empty fields get messages beside them', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.locator('#email-error')).toHaveText('Nhập email');
  await expect(page.locator('#password-error')).toHaveText('Nhập mật khẩu');
});

test('first sign-in forces a password change, then opens the dashboard', async ({ page }) => {
  const account = await newAccount();
  await page.goto('/dang-nhap');
  await submitSignIn(page, account);
  await expect(page).toHaveURL(/\/tai-khoan\/doi-mat-khau/);
  await expect(page.getByRole('status')).toContainText('Bạn cần đổi mật khẩu');
  // No way around it while it is pending.
  await page.goto('/');
  await expect(page).toHaveURL(/\/tai-khoan\/doi-mat-khau/);

  await page.getByLabel('Mật khẩu hiện tại').fill(account.password);
  await page.getByLabel('Mật khẩu mới', { exact: false }).first().fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('ngắn');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.locator('#newPassword-error')).toContainText('ít nhất 12 ký tự');

  await page.getByLabel('Mật khẩu hiện tại').fill(account.password);
  await page.locator('#newPassword').fill('một mật khẩu mới đủ dài');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('một mật khẩu mới đủ dài');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều khiển' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Quản trị' }),
  ).toBeVisible();
});

test('sign out ends the session', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: /tài khoản của tôi/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tài khoản của tôi');
  await page.getByRole('button', { name: /Đăng xuất/ }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await page.goto('/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Ftai-khoan$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the sign-in form works as a plain form', async ({ page }) => {
    await signIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều khiển' })).toBeVisible();
  });
});
