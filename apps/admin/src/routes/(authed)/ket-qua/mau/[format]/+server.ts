import { error } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** The import template (CSV or XLSX), passed through from the API. */
export const GET: RequestHandler = async ({ params }) => {
  const format = params.format === 'xlsx' ? 'xlsx' : params.format === 'csv' ? 'csv' : null;
  if (!format) error(404, { message: 'Không có mẫu này.' });
  const res = await fetch(`${apiUrl()}/files/record-import-template.${format}`).catch(() => null);
  if (!res?.ok) error(503, { message: 'Không tải được mẫu từ máy chủ dữ liệu.' });
  const headers = new Headers();
  for (const h of ['content-type', 'content-length', 'content-disposition', 'x-content-type-options']) {
    const v = res.headers.get(h);
    if (v) headers.set(h, v);
  }
  return new Response(res.body, { headers });
};
