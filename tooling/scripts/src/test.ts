// `pnpm test`: build, every package's vitest suite, then the browser tests against the real stack, then Lighthouse
// on its own stack (it scores timings, so nothing else runs beside it). Prints each stage's time and a summary;
// stops at the first failing stage with its exit code. `PCMBN_SKIP_LIGHTHOUSE=1` leaves Lighthouse out (the
// loaded-machine check in the README runs the browser tests under stress-ng and Lighthouse separately).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not imported from stack.ts: that would load the whole API into this small runner.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Stage {
  name: string;
  command: string[];
}

const STAGES: Stage[] = [
  { name: 'build', command: ['pnpm', 'turbo', 'run', 'build', '--output-logs=errors-only'] },
  {
    name: 'unit and integration tests (vitest)',
    command: ['pnpm', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=new-only'],
  },
  {
    name: 'browser tests (Playwright: admin, public, kiosk)',
    command: [
      'pnpm',
      '--filter',
      '@pcmbn/scripts',
      'run',
      'e2e',
      '--project=admin',
      '--project=public',
      '--project=kiosk',
    ],
  },
  ...(process.env['PCMBN_SKIP_LIGHTHOUSE'] === '1'
    ? []
    : [
        {
          name: 'Lighthouse (public site)',
          command: ['pnpm', '--filter', '@pcmbn/scripts', 'run', 'e2e', '--project=lighthouse', '--no-deps'],
        },
      ]),
];

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: REPO_ROOT, stdio: 'inherit' });
    child.once('error', () => resolve(127));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

async function main(): Promise<number> {
  const times: [string, number][] = [];
  const started = performance.now();
  for (const stage of STAGES) {
    console.log(`\n── ${stage.name} ──`);
    const t0 = performance.now();
    const code = await run(stage.command);
    times.push([stage.name, performance.now() - t0]);
    console.log(
      `── ${stage.name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds(performance.now() - t0)}`,
    );
    if (code !== 0) return code;
  }
  console.log('\nStage times:');
  for (const [name, ms] of times) console.log(`  ${name.padEnd(50)} ${seconds(ms).padStart(7)}`);
  console.log(`  ${'total'.padEnd(50)} ${seconds(performance.now() - started).padStart(7)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
