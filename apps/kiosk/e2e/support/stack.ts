/**
 * What the kiosk tests need beyond the browser: the database the e2e stack runs on (PCMBN_DATABASE_URL, to check
 * what really arrived), an officer who pairs kiosks through the real API, and — for the restart test — an API
 * process and a kiosk server of their own that a test may kill and start again.
 */
import { hash } from '@node-rs/argon2';
import { createApiClient, type ApiClient } from '@pcmbn/api/client';
import { freePort, pairingCode, sql } from '@pcmbn/playwright';

// The stack's database and the kiosk's pairing code, shared with the other apps' tests.
export { db, pairingCode, sql } from '@pcmbn/playwright';
import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`pnpm --filter @pcmbn/scripts run e2e\``);
  return value;
}

/** A province admin of Trà Vinh (84), created for this worker, and the API client signed in as them. */
let officerPromise:
  Promise<{ api: ApiClient; email: string; password: string; commune: { code: string; name: string } }> | undefined;
export function officer() {
  officerPromise ??= (async () => {
    const email = `kiosk-e2e-${randomBytes(4).toString('hex')}@pcmbn.local`;
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await sql(
      `INSERT INTO "User" ("id", "email", "displayName", "passwordHash", "role", "scopeAreaCode", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Cán bộ thử ki-ốt', $2, 'province_admin', '84', now())`,
      [email, await hash(password)],
    );
    const login = await createApiClient(need('PCMBN_API_URL')).auth.login.mutate({
      email,
      password,
      transport: 'token',
    });
    const [commune] = await sql<{ code: string; name: string }>(
      `SELECT code, name FROM "Area" WHERE "provinceCode" = '84' AND level = 'commune' ORDER BY structure DESC, code LIMIT 1`,
    );
    return { api: createApiClient(need('PCMBN_API_URL'), { token: login.token! }), email, password, commune: commune! };
  })();
  return officerPromise;
}

/** Opens the kiosk at `path` (settings in the query), pairs it through the API and waits for its content. */
export async function pairKiosk(page: Page, path = '/', name = 'Ki-ốt thử nghiệm'): Promise<{ deviceId: string }> {
  await page.goto(path);
  const code = await pairingCode(page);
  const { api, commune } = await officer();
  const paired = await api.kiosk.pair.mutate({ code, name, areaCode: commune.code });
  await expect(page.getByTestId('hotline-number')).toHaveText('111');
  return { deviceId: paired.id };
}

/** Waits until the service worker controls the page (the shell is then cached). */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited early:\n${output()}`);
    try {
      const res = await fetch(url);
      await res.body?.cancel();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no answer at ${url}:\n${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface OwnProcess {
  url: string;
  port: number;
  /** SIGKILL: no graceful drain, like a crash or a power cut. */
  kill(): Promise<void>;
  start(): Promise<void>;
}

function ownProcess(entry: string, port: number, env: NodeJS.ProcessEnv, readyPath: string): OwnProcess {
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    async start() {
      let out = '';
      child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
      await waitForHttp(`${url}${readyPath}`, child, () => out);
    },
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** An API process on the e2e database (the built `packages/api/dist/main.js`). */
export async function ownApi(): Promise<OwnProcess> {
  const port = await freePort();
  const api = ownProcess(
    `${REPO}packages/api/dist/main.js`,
    port,
    { DATABASE_URL: need('PCMBN_DATABASE_URL'), API_PORT: String(port), API_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    '/healthz',
  );
  await api.start();
  return api;
}

/** A kiosk server (the built app) whose API is `apiUrl`. */
export async function ownKiosk(apiUrl: string): Promise<OwnProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const kiosk = ownProcess(
    `${REPO}apps/kiosk/build/index.js`,
    port,
    { PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, API_URL: apiUrl },
    '/',
  );
  await kiosk.start();
  return kiosk;
}

/** Usage rows the API stored for a device. */
export async function usageRows(deviceId: string): Promise<{ rows: number; keys: number; total: number }> {
  const [r] = await sql<{ rows: string; keys: string; total: string | null }>(
    `SELECT count(*) AS rows, count(DISTINCT "idempotencyKey") AS keys, sum("count") AS total FROM "KioskUsageEvent" WHERE "deviceId" = $1`,
    [deviceId],
  );
  return { rows: Number(r!.rows), keys: Number(r!.keys), total: Number(r!.total ?? 0) };
}
