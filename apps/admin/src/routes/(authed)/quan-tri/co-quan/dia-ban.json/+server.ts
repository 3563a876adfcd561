import { requireUser } from '$lib/server/guard';
import { json } from '@sveltejs/kit';
import { areaGroupsOf } from '../options.server';
import type { RequestHandler } from './$types';

/**
 * The areas an agency of one province (?tinh=) may govern, for the agency form when another province is chosen
 * with JavaScript on (without it, the form's "Xem địa bàn của tỉnh" button reloads the page). The API checks that
 * the caller administers agencies (area.options, purpose 'agency'). The name has a dot so no agency id matches it.
 */
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  const groups = await areaGroupsOf(event.url.searchParams.get('tinh'));
  return json(groups, { headers: { 'Cache-Control': 'private, max-age=300' } });
};
