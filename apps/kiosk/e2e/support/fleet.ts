/**
 * Fleet and audio tests run in Hà Nội (01), away from the other kiosk tests' Trà Vinh kiosks: the content they
 * publish and the province-wide messages they send reach only kiosks paired here.
 */
import { hash } from '@node-rs/argon2';
import { createApiClient, type ApiClient } from '@pcmbn/api/client';
import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { pairingCode, sql } from './stack';

export const FLEET_PROVINCE = '01';

let officerPromise: Promise<{ api: ApiClient; commune: { code: string; name: string } }> | undefined;

/** A province admin of Hà Nội, created for this worker, signed in through the API. */
export function hanoiOfficer() {
  officerPromise ??= (async () => {
    const apiUrl = process.env['PCMBN_API_URL'];
    if (!apiUrl) throw new Error('PCMBN_API_URL is not set: run the tests with `pnpm --filter @pcmbn/scripts run e2e`');
    const email = `kiosk-fleet-${randomBytes(4).toString('hex')}@pcmbn.local`;
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await sql(
      `INSERT INTO "User" ("id", "email", "displayName", "passwordHash", "role", "scopeAreaCode", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Cán bộ thử ki-ốt Hà Nội', $2, 'province_admin', $3, now())`,
      [email, await hash(password), FLEET_PROVINCE],
    );
    const login = await createApiClient(apiUrl).auth.login.mutate({ email, password, transport: 'token' });
    // A commune as the newest structure has it (pairing places the kiosk there).
    const [commune] = await sql<{ code: string; name: string }>(
      `SELECT code, name FROM (
         SELECT DISTINCT ON (code) code, name, "provinceCode", level FROM "Area" ORDER BY code, structure DESC
       ) newest WHERE "provinceCode" = $1 AND level = 'commune' ORDER BY code LIMIT 1`,
      [FLEET_PROVINCE],
    );
    return { api: createApiClient(apiUrl, { token: login.token! }), commune: commune! };
  })();
  return officerPromise;
}

/** Opens the kiosk at `path`, pairs it in Hà Nội and waits for its content. */
export async function pairInHanoi(page: Page, path: string, name = 'Ki-ốt Hà Nội thử'): Promise<{ deviceId: string }> {
  await page.goto(path);
  const code = await pairingCode(page);
  const { api, commune } = await hanoiOfficer();
  const paired = await api.kiosk.pair.mutate({ code, name, areaCode: commune.code });
  await expect(page.getByTestId('hotline-number')).toHaveText('111');
  return { deviceId: paired.id };
}

/** A published Hà Nội article (order 999: last unless scheduled). */
export async function publishArticle(title: string, body: string) {
  const { api } = await hanoiOfficer();
  const slug = `e2e-${randomBytes(4).toString('hex')}`;
  const draft = await api.content.create.mutate({
    slug,
    lang: 'vi',
    kind: 'article',
    provinceCode: FLEET_PROVINCE,
    category: 'events',
    title,
    body,
    data: { order: 999 },
  });
  const published = await api.content.publish.mutate({ id: draft.id, version: draft.version });
  return { id: draft.id, slug, audio: published.audio };
}
