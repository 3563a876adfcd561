// API helpers for the public site's end-to-end tests: the stack's seeded admin (see apps/admin/e2e/auth.ts, whose
// password-change race handling this mirrors: same suffix, so both suites can run in one session) creates an
// officer who enters records, and the admin approves them — the records then count on the public progress page.
import { createApiClient, type ApiClient } from '@pcmbn/api/client';
import { randomBytes } from 'node:crypto';

const CHANGED_SUFFIX = '-e2e-changed';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`pnpm --filter @pcmbn/scripts run e2e\``);
  return value;
}

const client = (token?: string): ApiClient => createApiClient(env('PCMBN_API_URL'), token ? { token } : {});
const appCode = (error: unknown) => (error as { data?: { appCode?: string } } | undefined)?.data?.appCode;

let adminApi: Promise<ApiClient> | undefined;

export function admin(): Promise<ApiClient> {
  adminApi ??= (async () => {
    const email = env('E2E_ADMIN_EMAIL');
    const original = env('E2E_ADMIN_PASSWORD');
    const changed = original + CHANGED_SUFFIX;
    for (let attempt = 0; attempt < 4; attempt++) {
      for (const password of [changed, original]) {
        let token: string;
        try {
          token = (await client().auth.login.mutate({ email, password, transport: 'token' })).token!;
        } catch (error) {
          if (appCode(error) === 'INVALID_CREDENTIALS') continue;
          throw error;
        }
        const api = client(token);
        if (!(await api.auth.me.query()).mustChangePassword) return api;
        try {
          await api.auth.changePassword.mutate({ currentPassword: password, newPassword: changed });
          return api;
        } catch {
          break;
        }
      }
    }
    throw new Error('e2e: could not sign in as the seeded admin');
  })();
  return adminApi;
}

/** A province admin of every province with a known password (signed in through the API). */
export async function newAdmin(): Promise<{ email: string; password: string; api: ApiClient }> {
  const email = `e2e-public-${randomBytes(4).toString('hex')}@e2e.pcmbn.local`;
  const { temporaryPassword } = await (await admin()).user.create.mutate({ email, displayName: 'Cán bộ thử nghiệm', role: 'province_admin', scopeAreaCode: null });
  const first = (await client().auth.login.mutate({ email, password: temporaryPassword, transport: 'token' })).token!;
  const password = 'mat khau e2e cong khai';
  await client(first).auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: password });
  const token = (await client().auth.login.mutate({ email, password, transport: 'token' })).token!;
  return { email, password, api: client(token) };
}

/** `count` approved records of the Trà Vinh plan at `areaCode` (entered by an officer, approved by the admin). */
export async function approvedRecords(areaCode: string, count: number, type = 'community_event' as const): Promise<void> {
  const officer = await newAdmin();
  const approver = await admin();
  for (let i = 0; i < count; i++) {
    const r = await officer.api.record.create.mutate({ planId: 'tv651', type, date: `2019-05-${String(i + 1).padStart(2, '0')}`, areaCode, quantity: 1 });
    const submitted = await officer.api.record.submit.mutate({ id: r.id, version: r.version });
    await approver.record.approve.mutate({ id: submitted.id, version: submitted.version });
  }
}
