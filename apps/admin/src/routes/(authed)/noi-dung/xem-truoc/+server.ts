import { api } from '$lib/server/api';
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Live preview for the editor: the body rendered by the API exactly as the public site will show it. */
export const POST: RequestHandler = async ({ request }) => {
  const { body } = (await request.json()) as { body?: unknown };
  if (typeof body !== 'string' || body.length > 200_000) return json({ html: '' }, { status: 400 });
  const { html } = await api().content.preview.query({ body });
  return json({ html });
};
