// Accounts for the apps' end-to-end tests, made through the API (PCMBN_API_URL).
//
// The stack seeds one admin (E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD from tooling/scripts/src/e2e.ts) who must change
// the password at first sign-in. Tests never sign in as that admin through a browser (workers would race on the
// change); here, through the API, the first worker completes the forced change once (to E2E_ADMIN_PASSWORD +
// CHANGED_SUFFIX) and a worker that loses the race signs in again with the new password. The admin then creates
// throw-away accounts, so that no test depends on another's.
import { createApiClient } from '@pcmbn/api/client';
import { randomBytes } from 'node:crypto';

const CHANGED_SUFFIX = '-e2e-changed';

/** @param {string} name */
function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`pnpm --filter @pcmbn/scripts run e2e\``);
  return value;
}

/** @type {import('./accounts.d.ts').apiClient} */
export function apiClient(token) {
  return createApiClient(env('PCMBN_API_URL'), token ? { token } : {});
}

/** @param {unknown} error @returns {{ code?: string, appCode?: string } | undefined} */
const errorData = (error) => /** @type {{ data?: { code?: string, appCode?: string } } | undefined} */ (error)?.data;

/** @returns {Promise<import('./accounts.d.ts').ApiClient>} */
async function signInAdmin() {
  const email = env('E2E_ADMIN_EMAIL');
  const original = env('E2E_ADMIN_PASSWORD');
  const changed = original + CHANGED_SUFFIX;
  for (let attempt = 0; attempt < 4; attempt++) {
    for (const password of [changed, original]) {
      let token;
      try {
        token = (await apiClient().auth.login.mutate({ email, password, transport: 'token' })).token;
      } catch (error) {
        if (errorData(error)?.appCode === 'INVALID_CREDENTIALS') continue;
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

/** @type {Promise<import('./accounts.d.ts').ApiClient> | undefined} */
let adminApi;

/** @type {import('./accounts.d.ts').adminClient} */
export function adminClient() {
  adminApi ??= signInAdmin();
  return adminApi;
}

/** @type {import('./accounts.d.ts').asAdmin} */
export async function asAdmin(call) {
  for (let attempt = 0; ; attempt++) {
    const current = adminClient();
    try {
      return await call(await current);
    } catch (error) {
      const data = errorData(error);
      const signedOut = data?.code === 'UNAUTHORIZED' || data?.appCode === 'UNAUTHENTICATED';
      if (attempt >= 3 || !signedOut) throw error;
      // Two workers may both complete the forced change, and each change signs out the admin's other sessions.
      if (adminApi === current) adminApi = undefined;
    }
  }
}

/** @type {import('./accounts.d.ts').signInApi} */
export async function signInApi(account) {
  const { token } = await apiClient().auth.login.mutate({ ...account, transport: 'token' });
  return apiClient(token);
}

/** @type {import('./accounts.d.ts').newAccount} */
export async function newAccount(options = {}) {
  const { prefix = 'e2e', role = 'province_admin', scopeAreaCode = null, displayName = 'Cán bộ thử nghiệm' } = options;
  const email = `${prefix}-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await asAdmin((api) =>
    api.user.create.mutate({ email, displayName, role, scopeAreaCode }),
  );
  return { email, password: temporaryPassword };
}

/** @type {import('./accounts.d.ts').readyAccount} */
export async function readyAccount(options) {
  const created = await newAccount(options);
  // The session that changes the password stays signed in (only the account's other sessions end).
  const api = await signInApi(created);
  await api.auth.changePassword.mutate({ currentPassword: created.password, newPassword: options.password });
  return { email: created.email, password: options.password, api };
}
