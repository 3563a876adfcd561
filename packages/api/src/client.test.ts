import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('@pcmbn/api/client', () => {
  it('imports nothing from the server at runtime (type-only imports), so apps never load Prisma', async () => {
    const source = await readFile(new URL('./client.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(runtimeImports.sort()).toEqual(['@trpc/client', 'superjson']);
  });

  it('builds a client for a base URL without contacting it', async () => {
    const { createApiClient } = await import('./client.js');
    const client = createApiClient('http://127.0.0.1:9/');
    expect(typeof client.plan.list.query).toBe('function');
  });
});
