import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';

describe('@pcmbn/api/client', () => {
  it('imports nothing from the server at runtime (type-only imports), so apps never load Prisma', async () => {
    const source = await readFile(new URL('./client.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(runtimeImports.sort()).toEqual(['./records/schemas.js', '@trpc/client', 'superjson']);
  });

  it('sends each call to <base>/trpc/<path> with its superjson input and headers, and decodes the answer', async () => {
    const seen: { method?: string; url?: string; headers?: Record<string, unknown> }[] = [];
    const server = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' });
      // A batch answer carrying a Date, as superjson encodes it.
      res.end(
        JSON.stringify([
          { result: { data: { json: { at: '2025-09-19T00:00:00.000Z' }, meta: { values: { at: ['Date'] } } } } },
        ]),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const { createApiClient } = await import('./client.js');
      const client = createApiClient(`http://127.0.0.1:${port}//`, {
        token: 'tok-1',
        forwardedFor: '10.0.0.7',
        headers: () => ({ 'x-request-id': 'req-1', authorization: 'Bearer spoofed' }),
      });
      const answer = (await client.public.home.query({ lang: 'km' })) as unknown as { at: Date };
      expect(answer.at).toBeInstanceOf(Date);
      expect(answer.at.toISOString()).toBe('2025-09-19T00:00:00.000Z');

      expect(seen).toHaveLength(1);
      const url = new URL(seen[0]!.url!, 'http://x');
      expect(seen[0]!.method).toBe('GET');
      expect(url.pathname).toBe('/trpc/public.home');
      expect(url.searchParams.get('batch')).toBe('1');
      expect(JSON.parse(url.searchParams.get('input')!)).toEqual({ 0: { json: { lang: 'km' } } });
      // The client's own token and forwarded address win over extra headers of the same name.
      expect(seen[0]!.headers).toMatchObject({
        authorization: 'Bearer tok-1',
        'x-forwarded-for': '10.0.0.7',
        'x-request-id': 'req-1',
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
