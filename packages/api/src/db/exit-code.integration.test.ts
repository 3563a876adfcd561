// Guard: a failing test must make vitest exit non-zero even when embedded PostgreSQL (and its async-exit-hook,
// which once turned every failed run into exit 0) is loaded by the global setup. See embedded.ts.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const vitestCli = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

it('a failing test under the API global setup makes vitest exit non-zero', async () => {
  const env = { ...process.env };
  delete env['TEST_DATABASE_URL']; // start embedded PostgreSQL, the case that lost the exit code
  delete env['VITEST'];
  delete env['VITEST_WORKER_ID'];
  delete env['VITEST_POOL_ID'];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [vitestCli, 'run', '--config', 'test/exit-code/vitest.config.ts'], {
      cwd: apiDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve({ code: exitCode, output }));
  });
  expect(output).toMatch(/1 failed/);
  expect(code).toBe(1);
}, 120_000);
