import { fromApi } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';

/**
 * The communes the user may place a kiosk in and where it may send messages (area.options, for its scope).
 * `communesIn` narrows the communes to one province, or none: an every-province admin's 3,300 made the kiosk page
 * 0.5 MB and over 1 s (issue 15 item 4), so its suggestions are one province's at a time.
 */
export const kioskAreas = (communesIn?: string) =>
  fromApi((a) => areaOptions(a, { purpose: 'kiosk', ...(communesIn ? { communesIn } : {}) }));
