import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/ports.js';

/**
 * Child processes of a test: the API replicas of the replica tests, and the PostgreSQL, public app and nginx
 * processes of test/cluster.ts. Each keeps its last output, to be shown when it fails to start.
 */

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface Child {
  name: string;
  url: string;
  process: ChildProcess;
  output: string[];
}

export function track(name: string, url: string, child: ChildProcess): Child {
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(`${name}: ${chunk.toString()}`);
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, url, process: child, output };
}

/** Waits until `ready` holds; the bound is for a saturated machine, not a speed goal. */
export async function until(
  what: string,
  child: Child,
  ready: () => Promise<boolean>,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null || child.process.signalCode !== null)
      throw new Error(`${what} exited: ${child.output.join('')}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs} ms: ${child.output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function stopChild(child: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = once(child.process, 'exit');
  child.process.kill(signal);
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * An API replica as systemd runs it (docs/deploy.md): its own process on a free port, ready once /readyz answers.
 * `env` names its database(s) and whatever else the test sets.
 */
export async function startApiProcess(name: string, env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child = track(
    `api ${name}`,
    `http://127.0.0.1:${port}`,
    spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PACKAGE_DIR,
      env: {
        ...process.env,
        API_PORT: String(port),
        API_HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // The apps' servers and the test itself are on loopback: their X-Forwarded-For is believed.
        PCMBN_TRUSTED_PROXIES: 'loopback',
        DATABASE_POOL_SIZE: '4',
        // Each its own folder: a file reaches another replica only through the shared store.
        PCMBN_UPLOAD_DIR: join(tmpdir(), `pcmbn-api-${name}-${port}`),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  try {
    await until(`API replica ${name}`, child, async () => (await fetch(`${child.url}/readyz`)).ok);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return child;
}
