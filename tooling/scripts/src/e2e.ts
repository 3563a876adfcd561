// `pnpm --filter @pcmbn/scripts run e2e`: starts the whole stack (PostgreSQL, API, three built apps) on free
// ports in a throw-away data folder, runs Playwright against it, and always tears it down again.
// Exits with Playwright's own exit code. Run after the build (the root `pnpm test` builds first).
// Run as `node --import tsx`, not the tsx CLI: on Ctrl-C the CLI may SIGKILL this process before it has stopped
// the stack. Extra arguments go to Playwright, e.g. `pnpm --filter @pcmbn/scripts run e2e --project public`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack, type Stack } from './stack.js';

const scriptsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcmbn-e2e-'));
  let starting: Promise<Stack> | undefined;

  // Stop the stack once, whether Playwright finished, failed, or we were interrupted mid-start.
  let stopping: Promise<void> | undefined;
  const cleanUp = () =>
    (stopping ??= (starting ?? Promise.reject(new Error('not started')))
      .then(
        (stack) => stack.stop(),
        () => undefined,
      )
      .catch((error: unknown) => console.error(`e2e: stopping the stack failed: ${String(error)}`))
      .finally(() => rmSync(dataDir, { recursive: true, force: true })));

  let child: ChildProcess | undefined;
  let interrupted = false;
  // process.on, not once: while we listen, embedded PostgreSQL's own signal handler leaves the shutdown to
  // stack.stop() (src/db/embedded.ts in the API).
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\ne2e: ${signal}, stopping the stack…`);
    child?.kill(signal);
    void cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  starting = startStack({
    dataDir,
    ports: { postgres: 0, api: 0, admin: 0, public: 0, kiosk: 0 },
    host: '127.0.0.1',
    apps: true,
    durable: false, // a throw-away data folder: no need to wait for the disk at every commit
    log: (line) => {
      if (process.env['E2E_VERBOSE']) console.log(`[stack] ${line}`);
    },
  });

  try {
    const stack = await starting;
    const { api, admin, public: publicUrl, kiosk } = stack.urls;
    console.log(`e2e: stack up — api ${api}, admin ${admin}, public ${publicUrl}, kiosk ${kiosk}`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PCMBN_API_URL: api,
      PCMBN_ADMIN_URL: admin,
      PCMBN_PUBLIC_URL: publicUrl,
      PCMBN_KIOSK_URL: kiosk,
      // Tests that must check what reached the database (kiosk usage exactly once) or run a second API on it.
      PCMBN_DATABASE_URL: stack.databaseUrl,
      ...(stack.admin ? { E2E_ADMIN_EMAIL: stack.admin.email, E2E_ADMIN_PASSWORD: stack.admin.password } : {}),
    };
    const args = [playwrightCli, 'test', '-c', 'playwright.config.ts', ...process.argv.slice(2)];
    return await new Promise<number>((resolve, reject) => {
      child = spawn(process.execPath, args, { cwd: scriptsDir, env, stdio: 'inherit' });
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
