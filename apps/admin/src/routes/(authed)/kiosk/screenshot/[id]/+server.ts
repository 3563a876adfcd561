import { error } from '@sveltejs/kit';
import { fromApi } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** A kiosk's last screenshot, for officers who may see the kiosk (the API decides). */
export const GET: RequestHandler = async ({ params }) => {
  const shot = await fromApi((a) => a.kiosk.screenshot.query({ id: params.id }));
  if (!shot) error(404, { message: 'Ki-ốt chưa gửi ảnh màn hình nào.' });
  return new Response(Buffer.from(shot.base64, 'base64'), {
    headers: {
      'content-type': shot.mimeType,
      'cache-control': 'private, max-age=60',
      'x-content-type-options': 'nosniff',
    },
  });
};
