import { apiUrl } from '$lib/server/api';

/**
 * Attachments go to the API's /files endpoints (binary bodies, not tRPC) with the user's token; the answer's
 * Vietnamese message is passed on as it is.
 */
export async function uploadToApi(
  token: string | null,
  path: string,
  file: File,
): Promise<{ ok: true; body: unknown } | { ok: false; message: string }> {
  try {
    const res = await fetch(`${apiUrl()}${path}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      body: Buffer.from(await file.arrayBuffer()),
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const body = (await res.json().catch(() => null)) as { error?: { messages?: { vi?: string } } } | null;
    if (res.ok) return { ok: true, body };
    return { ok: false, message: `${file.name}: ${body?.error?.messages?.vi ?? `lỗi ${res.status}`}` };
  } catch {
    return { ok: false, message: `${file.name}: không kết nối được với máy chủ dữ liệu.` };
  }
}

/** Non-empty files of a multipart field (a form with no file chosen sends one empty entry). */
export function filesOf(form: FormData, name: string): File[] {
  return form.getAll(name).filter((v): v is File => typeof v === 'object' && v !== null && 'size' in v && v.size > 0);
}
