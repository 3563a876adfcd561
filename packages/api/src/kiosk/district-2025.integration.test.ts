import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 12 item 18: the 01/07/2025 structure has no districts, so "the commune lies in the officer's district" can
 * no longer be read from the tree. A district officer's old district covers the 2025 communes its communes went
 * into (AreaLink, domain succeedsAny), and only those.
 */
let t: AuthTestApi;
const MARCH = toDbDate('2025-03-01');
const JULY = toDbDate('2025-07-01');

beforeAll(async () => {
  t = await startAuthTestApi();
});
afterAll(() => t.close());

async function pairingCode(): Promise<string> {
  const anon = createApiClient(t.server.url, { forwardedFor: freshIp() });
  return (await anon.kiosk.requestPairing.mutate()).code;
}

describe('a district officer pairs kiosks in the 2025 communes of its old district', () => {
  it('pairs one in a 01/07/2025 commune its communes went into, and is refused one they did not', async () => {
    // Xã Sì Lở Lầu (03550, Phong Thổ district on 01/03/2025) became Xã Sì Lở Lầu 03562 on 01/07/2025.
    const old = await t.db.area.findUniqueOrThrow({ where: { code_structure: { code: '03550', structure: MARCH } } });
    const district = old.parentCode!;
    const link = await t.db.areaLink.findFirstOrThrow({ where: { fromCode: '03550', fromStructure: MARCH } });
    expect(link).toMatchObject({ toCode: '03562', toStructure: JULY });
    // A 2025 Lai Châu commune that no commune of that district went into.
    const ours = (
      await t.db.areaLink.findMany({
        where: { fromStructure: MARCH, toStructure: JULY, from: { parentCode: district } },
        select: { toCode: true },
      })
    ).map((l) => l.toCode);
    const elsewhere = await t.db.area.findFirstOrThrow({
      where: { structure: JULY, provinceCode: '12', level: 'commune', code: { notIn: ours } },
    });

    const officer = (
      await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: district })).email)
    ).api;
    const paired = await officer.kiosk.pair.mutate({ code: await pairingCode(), name: 'Ki-ốt xã', areaCode: '03562' });
    const device = await t.db.kioskDevice.findUniqueOrThrow({ where: { id: paired.id } });
    expect(device).toMatchObject({ areaCode: '03562', provinceCode: '12', pairedById: expect.any(String) });

    const refused = await apiError(
      officer.kiosk.pair.mutate({ code: await pairingCode(), name: 'x', areaCode: elsewhere.code }),
    );
    expect(refused.httpStatus).toBe(403);
    // Another district's officer may not place one in 03562.
    const otherDistrict = await t.db.area.findFirstOrThrow({
      where: { structure: MARCH, provinceCode: '12', level: 'district', code: { not: district } },
    });
    const stranger = (
      await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: otherDistrict.code })).email)
    ).api;
    const fromLinks = await t.db.areaLink.count({
      where: { toCode: '03562', toStructure: JULY, from: { parentCode: otherDistrict.code, structure: MARCH } },
    });
    if (fromLinks === 0) {
      expect(
        (await apiError(stranger.kiosk.pair.mutate({ code: await pairingCode(), name: 'x', areaCode: '03562' })))
          .httpStatus,
      ).toBe(403);
    }
  });
});
