import { fromApi } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';

/** The communes the user may place a kiosk in and where it may send messages (area.options, for its scope). */
export const kioskAreas = () => fromApi((a) => areaOptions(a, { purpose: 'kiosk' }));

type Commune = { code: string; label: string };

/**
 * The pairing form's suggestions for an every-province admin: one province's communes (its newest list), labelled
 * as area.options labels them, so that the typed label is the one the pair action resolves. All 3,300 at once made
 * the kiosk page 0.5 MB and over 1 s (issue 15 item 4).
 */
export async function communesOfProvince<C extends Commune>(all: Promise<C[]>, provinceCode: string): Promise<C[]> {
  const [offered, areas] = await Promise.all([
    all,
    fromApi((a) => a.area.list.query({ provinceCode, level: 'commune' })),
  ]);
  const inProvince = new Set(areas.map((a) => a.code));
  return offered.filter((c) => inProvince.has(c.code));
}
