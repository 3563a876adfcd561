/**
 * Unbounded requests (issue 12, item 6) and NUL bytes in text (item 16), attacked over real HTTP.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { MAX_BATCH_CALLS, MAX_JSON_BODY_BYTES } from './limits.js';

let t: AuthTestApi;
beforeAll(async () => {
  // auth.login's rate limit runs before its body is read; with the shared (PostgreSQL) buckets that is a round trip
  // during which loopback's socket buffers take the whole 8 MB, and "refused before it was all sent" could no longer
  // be told apart. The buckets in memory answer at once; the body counting under test is the same.
  t = await startAuthTestApi({ rateLimitStore: 'memory' });
});
afterAll(() => t.close());

interface ErrorJson {
  error: { json: { message: string; data: { httpStatus: number; appCode: string; messages: { vi: string } } } };
}

describe('batch length (item 6)', () => {
  it(`answers a batch of more than ${MAX_BATCH_CALLS} calls with 400 BATCH_TOO_LARGE, without running them`, async () => {
    const res = await fetch(`${t.server.url}/trpc/${Array(1000).fill('plan.list').join(',')}?batch=1`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.json.data.appCode).toBe('BATCH_TOO_LARGE');
    expect(body.error.json.data.messages.vi).toContain(`tối đa ${MAX_BATCH_CALLS}`);
    const eleven = await fetch(
      `${t.server.url}/trpc/${Array(MAX_BATCH_CALLS + 1)
        .fill('plan.list')
        .join(',')}?batch=1`,
    );
    expect(eleven.status).toBe(400);
  });

  it('the API client splits many parallel calls into batches the server accepts', async () => {
    const { client } = await import('../../test/auth.js');
    const api = client(t);
    const answers = await Promise.all(
      Array.from({ length: 3 * MAX_BATCH_CALLS + 1 }, () => api.area.provinces.query()),
    );
    expect(answers.every((a) => a.length > 0)).toBe(true);
  });

  it(`still answers a batch of ${MAX_BATCH_CALLS}`, async () => {
    const res = await fetch(`${t.server.url}/trpc/${Array(MAX_BATCH_CALLS).fill('area.provinces').join(',')}?batch=1`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as unknown[]).length).toBe(MAX_BATCH_CALLS);
  });
});

/** Sends `declaredLength` or a chunked body, and resolves with the answer as soon as it comes (the body may go on). */
function postBody(
  path: string,
  opts: { declaredLength?: number; chunks: number; chunkBytes: number; endBody: boolean },
): Promise<{ status: number; body: string; bytesSent: number }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'x-forwarded-for': freshIp(),
    };
    if (opts.declaredLength !== undefined) headers['content-length'] = opts.declaredLength;
    const req = request(`${t.server.url}${path}`, { method: 'POST', headers });
    let bytesSent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, bytesSent });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(opts.chunkBytes, 'a');
    req.write('{"json":{"email":"x@test.local","password":"');
    let i = 0;
    const pump = () => {
      while (i < opts.chunks && !answered) {
        i++;
        bytesSent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (opts.endBody && !answered) req.end('"}}');
    };
    pump();
  });
}

describe(`JSON body size (item 6, at most ${MAX_JSON_BODY_BYTES} bytes)`, () => {
  it('refuses a declared Content-Length over the limit with 413 before reading the body', async () => {
    // Declares 200 MB and sends only 64 kB: an answer proves the server did not wait for the rest.
    const res = await postBody('/trpc/auth.login', {
      declaredLength: 200 * 1024 * 1024,
      chunks: 1,
      chunkBytes: 64 * 1024,
      endBody: false,
    });
    expect(res.status).toBe(413);
    const body = JSON.parse(res.body) as ErrorJson;
    expect(body.error.json.data.appCode).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.json.data.messages.vi).toContain('1 MB');
  });

  it('counts a chunked body as it streams in and answers 413 once it passes the limit', async () => {
    // 8 MB without Content-Length, never finished: only counting while reading can answer.
    const res = await postBody('/trpc/auth.login', { chunks: 128, chunkBytes: 64 * 1024, endBody: false });
    expect(res.status).toBe(413);
    expect(res.body).toContain('PAYLOAD_TOO_LARGE');
    expect(res.body).toContain('1 MB');
    expect(res.bytesSent).toBeLessThan(8 * 1024 * 1024);
  });

  it('still accepts a body under the limit', async () => {
    const res = await postBody('/trpc/auth.login', { chunks: 1, chunkBytes: 1000, endBody: true });
    // A 1000-character password is invalid input, not too large.
    expect(res.status).toBe(400);
    expect(res.body).toContain('INVALID_INPUT');
  });
});

describe('NUL bytes in text (item 16)', () => {
  it('refuses \\u0000 in an anonymous query with 400 INVALID_INPUT naming the field, not 500', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { q: 'buôn\u0000bán', lang: 'vi' } }));
    const res = await fetch(`${t.server.url}/trpc/public.search?input=${input}`);
    const body = (await res.json()) as ErrorJson & { error: { json: { data: { fields: { path: string }[] } } } };
    expect(res.status).toBe(400);
    expect(body.error.json.data.appCode).toBe('INVALID_INPUT');
    expect(body.error.json.data.fields.map((f) => f.path)).toEqual(['q']);
    expect(body.error.json.data.messages.vi).toContain('NUL');
  });

  it('refuses \\u0000 in a mutation, nested fields and object keys included', async () => {
    // The seeded admin must change the password first; any signed-in admin of every province will do.
    const admin = await createUser(t.db, { role: 'province_admin' });
    const { api } = await signIn(t, admin.email);
    const target = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const error = await api.user.update.mutate({ id: target.id, displayName: 'Nguyễn\u0000Văn A' }).then(
      () => null,
      (e: { data: { httpStatus: number; appCode: string; fields: { path: string }[] } }) => e.data,
    );
    expect(error).toMatchObject({ httpStatus: 400, appCode: 'INVALID_INPUT' });
    expect(error!.fields.map((f) => f.path)).toEqual(['displayName']);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).displayName).not.toContain('\u0000');

    const res = await fetch(`${t.server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({
        json: { email: 'a@test.local', password: 'x', ['k\u0000']: { deep: ['ok', 'n\u0000'] } },
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('INVALID_INPUT');
  });
});
