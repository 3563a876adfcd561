import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';
import { startApiServer } from './http.js';

describe('request log', () => {
  it('names the procedure and the status, never what a reader searched for', async () => {
    const { url: databaseUrl } = await createSeededDatabase('request-log');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const server = await startApiServer({ databaseUrl, port: 0, logger: pino({ level: 'info' }, sink) });
    try {
      const input = encodeURIComponent(JSON.stringify({ json: { q: 'bị lừa sang biên giới', lang: 'vi' } }));
      const response = await fetch(`${server.url}/trpc/public.search?input=${input}`);
      expect(response.status).toBe(200);
    } finally {
      await server.close();
    }
    const requests = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry['msg'] === 'request');
    expect(requests).toContainEqual(
      expect.objectContaining({ path: '/trpc/public.search', method: 'GET', status: 200 }),
    );
    const all = lines.join('\n');
    expect(all).not.toContain('input=');
    expect(all).not.toContain(encodeURIComponent('biên giới'));
    expect(all).not.toContain('biên giới');
  });
});
