// Sign-in helpers for the admin end-to-end tests. Accounts are made through the API by the seeded admin
// (@pcmbn/playwright): `officer()` is ready to use, `newAccount()` still has to change its password.
import {
  newAccount as newPendingAccount,
  readyAccount,
  signInApi,
  type Account,
  type ApiClient,
} from '@pcmbn/playwright';
import { expect, type Page } from '@playwright/test';

export const OFFICER_PASSWORD = 'mat khau e2e du dai';

/** A new province admin (every province) who still has to change the temporary password. */
export function newAccount(prefix = 'e2e-new'): Promise<Account> {
  return newPendingAccount({ prefix });
}

let officerAccount: Promise<Account> | undefined;

/** A province admin (every province) with a known password and no pending change; one per worker. */
export function officer(): Promise<Account> {
  officerAccount ??= readyAccount({ prefix: 'e2e-officer', password: OFFICER_PASSWORD }).then(
    ({ email, password }) => ({ email, password }),
  );
  return officerAccount;
}

/** The worker's officer, signed in through the API (to prepare data a test then looks at in the browser). */
export async function officerApi(): Promise<ApiClient> {
  return signInApi(await officer());
}

/** Fills the sign-in form at /dang-nhap (the page must be open) and submits it. */
export async function submitSignIn(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs `page` in as the worker's officer (or `account`) through the form; ends on the dashboard or `next`. */
export async function signIn(page: Page, account?: Account, next?: string): Promise<void> {
  const who = account ?? (await officer());
  await page.goto(next ? `/dang-nhap?next=${encodeURIComponent(next)}` : '/dang-nhap');
  await submitSignIn(page, who);
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}
