// Runs `prisma generate` offline. Prisma 7's CLI wants a schema engine binary even for `generate`
// and downloads it when absent; generating the TypeScript client does not need it, so we point
// PRISMA_SCHEMA_ENGINE_BINARY at a stub unless the caller already set a real one.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = mkdtempSync(join(tmpdir(), 'pcmbn-prisma-'));
  const stub = join(dir, 'schema-engine');
  writeFileSync(stub, '#!/bin/sh\necho "schema engine stub: not available offline" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const bin = join(packageDir, 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [bin, 'generate'], { cwd: packageDir, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
