import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { officer } from './auth';

/**
 * Issue 12 item 14, over HTTP as a proxy or another browser profile would see it: every page a signed-in officer
 * gets says `no-store`, and over HTTPS the session cookie is a `__Host-` cookie (Secure, Path=/, no Domain).
 */

const AUTHED_PAGES = ['/', '/ket-qua', '/quan-tri/nguoi-dung', '/quan-tri/nhat-ky', '/ke-hoach', '/bao-cao'];

/** Signs in through the sign-in form's action (no browser) and answers the session cookie's Set-Cookie line. */
async function signInOverHttp(base: string, origin = base): Promise<string> {
  const account = await officer();
  const response = await fetch(`${base}/dang-nhap`, {
    method: 'POST',
    redirect: 'manual',
    // As a browser posts the form (without text/html SvelteKit answers the action in JSON).
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
    body: new URLSearchParams({ email: account.email, password: account.password, next: '/' }),
  });
  expect(response.status).toBe(303);
  const setCookie = response.headers.getSetCookie().find((line) => /pcmbn_admin_session=[^;]/.test(line));
  expect(setCookie, 'the sign-in sets the session cookie').toBeTruthy();
  return setCookie!;
}

const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;

test('every page a signed-in officer opens is sent with Cache-Control: no-store', async ({ baseURL }) => {
  const base = baseURL!;
  const setCookie = await signInOverHttp(base);
  // The stack is served over plain http: the bare name (a __Host- cookie needs Secure, which http cannot carry).
  expect(setCookie.startsWith('pcmbn_admin_session=')).toBe(true);
  for (const path of AUTHED_PAGES) {
    const response = await fetch(`${base}${path}`, { headers: { cookie: cookiePair(setCookie) }, redirect: 'manual' });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe('no-store');
    await response.body?.cancel();
  }
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

test('over HTTPS the session cookie is __Host-pcmbn_admin_session: Secure, Path=/, no Domain', async () => {
  // The admin build as it runs behind a TLS-terminating proxy: ORIGIN says https, the proxy speaks http to it.
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const origin = `https://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [fileURLToPath(new URL('../build/index.js', import.meta.url))], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: origin,
      API_URL: process.env['PCMBN_API_URL'],
    },
    stdio: 'ignore',
  });
  try {
    // A bound for a saturated machine, not a speed goal.
    await expect
      .poll(
        () =>
          fetch(base, { method: 'HEAD' }).then(
            () => true,
            () => false,
          ),
        { timeout: 60_000 },
      )
      .toBe(true);

    const setCookie = await signInOverHttp(base, origin);
    expect(setCookie.startsWith('__Host-pcmbn_admin_session=')).toBe(true);
    const attributes = setCookie
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('secure');
    expect(attributes).toContain('path=/');
    expect(attributes).toContain('httponly');
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);

    // The app reads the session from that cookie, and only from it.
    const [, token] = cookiePair(setCookie).split('=');
    const withHost = await fetch(`${base}/ket-qua`, {
      headers: { cookie: `__Host-pcmbn_admin_session=${token}` },
      redirect: 'manual',
    });
    expect(withHost.status).toBe(200);
    expect(withHost.headers.get('cache-control')).toBe('no-store');
    await withHost.body?.cancel();
    const bare = await fetch(`${base}/ket-qua`, {
      headers: { cookie: `pcmbn_admin_session=${token}` },
      redirect: 'manual',
    });
    expect(bare.status).toBe(303);
    expect(bare.headers.get('location')).toMatch(/^\/dang-nhap/);
    await bare.body?.cancel();
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
});
