import { requireUser } from '$lib/server/guard';
import { isProvinceCode } from '@pcmbn/domain';
import { json } from '@sveltejs/kit';
import { kioskAreas } from '../communes.server';
import type { RequestHandler } from './$types';

/**
 * The communes of one province (?tinh=) a kiosk may be paired in, for the pairing form's suggestions when an
 * every-province admin chooses the province with JavaScript on (without it, the province form reloads the page).
 */
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  const province = event.url.searchParams.get('tinh') ?? '';
  if (!isProvinceCode(province)) return json([]);
  const { communes } = await kioskAreas(province);
  return json(
    communes.map((c) => ({ code: c.code, label: c.label })),
    { headers: { 'Cache-Control': 'private, max-age=300' } },
  );
};
