// Sign-in helpers for the admin end-to-end tests.
//
// The stack seeds one admin (E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD from tooling/scripts/src/e2e.ts) who must change
// the password at first sign-in. Tests never sign in as that admin through the browser (workers would race on
// the change); instead, through the API (PCMBN_API_URL), the helper signs in as the admin, completes the
// forced change once (to E2E_ADMIN_PASSWORD + CHANGED_SUFFIX; any worker that loses the race retries with it),
// and creates throw-away accounts: `officer()` is ready to use, `newAccount()` still has to change its password.
import { createApiClient, type ApiClient } from '@pcmbn/api/client';
import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

const CHANGED_SUFFIX = '-e2e-changed';
export const OFFICER_PASSWORD = 'mat khau e2e du dai';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`pnpm --filter @pcmbn/scripts run e2e\``);
  return value;
}

function apiClient(token?: string): ApiClient {
  return createApiClient(env('PCMBN_API_URL'), token ? { token } : {});
}

function appCode(error: unknown): string | undefined {
  return (error as { data?: { appCode?: string } } | undefined)?.data?.appCode;
}

let adminApi: Promise<ApiClient> | undefined;

async function signInAdmin(): Promise<ApiClient> {
  const email = env('E2E_ADMIN_EMAIL');
  const original = env('E2E_ADMIN_PASSWORD');
  const changed = original + CHANGED_SUFFIX;
  for (let attempt = 0; attempt < 4; attempt++) {
    for (const password of [changed, original]) {
      let token: string;
      try {
        token = (await apiClient().auth.login.mutate({ email, password, transport: 'token' })).token!;
      } catch (error) {
        if (appCode(error) === 'INVALID_CREDENTIALS') continue;
        throw error;
      }
      const api = apiClient(token);
      try {
        if (!(await api.auth.me.query()).mustChangePassword) return api;
        await api.auth.changePassword.mutate({ currentPassword: password, newPassword: changed });
        return api;
      } catch {
        // Another worker changed it first (and signed this session out): start again with the new password.
        break;
      }
    }
  }
  throw new Error('e2e: could not sign in as the seeded admin');
}

function admin(): Promise<ApiClient> {
  adminApi ??= signInAdmin();
  return adminApi;
}

function unauthorized(error: unknown): boolean {
  const data = (error as { data?: { code?: string; appCode?: string } } | undefined)?.data;
  return data?.code === 'UNAUTHORIZED' || data?.appCode === 'UNAUTHENTICATED';
}

/** Runs `call` as the seeded admin. Two workers may both complete the forced change at once, and each change
 *  signs out the admin's other sessions: a session that was signed out that way is replaced by a new sign-in. */
async function asAdmin<T>(call: (api: ApiClient) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const current = admin();
    try {
      return await call(await current);
    } catch (error) {
      if (attempt >= 3 || !unauthorized(error)) throw error;
      if (adminApi === current) adminApi = undefined;
    }
  }
}

function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
}

/** A new province admin (every province) who still has to change the temporary password. */
export async function newAccount(prefix = 'e2e-new'): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(prefix);
  const { temporaryPassword } = await asAdmin((api) =>
    api.user.create.mutate({ email, displayName: 'Cán bộ thử nghiệm', role: 'province_admin', scopeAreaCode: null }),
  );
  return { email, password: temporaryPassword };
}

let officerAccount: Promise<{ email: string; password: string }> | undefined;

/** A province admin (every province) with a known password and no pending change; one per worker. */
export function officer(): Promise<{ email: string; password: string }> {
  officerAccount ??= (async () => {
    const account = await newAccount('e2e-officer');
    const { token } = await apiClient().auth.login.mutate({ ...account, transport: 'token' });
    await apiClient(token!).auth.changePassword.mutate({ currentPassword: account.password, newPassword: OFFICER_PASSWORD });
    return { email: account.email, password: OFFICER_PASSWORD };
  })();
  return officerAccount;
}

/** Fills the sign-in form at /dang-nhap (the page must be open) and submits it. */
export async function submitSignIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs `page` in as the worker's officer (or `account`) through the form; ends on the dashboard or `next`. */
export async function signIn(page: Page, account?: { email: string; password: string }, next?: string): Promise<void> {
  const who = account ?? (await officer());
  await page.goto(next ? `/dang-nhap?next=${encodeURIComponent(next)}` : '/dang-nhap');
  await submitSignIn(page, who);
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}
