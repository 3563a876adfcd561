import { error, json, type RequestHandler } from '@sveltejs/kit';
import { api, apiErrorData } from '$lib/server/api';

// Live calls of the field app (issue 19), never cached, never prerendered. The browser never talks to the API: these
// pass its calls on. `cap-quyen` is the one call made with the ordinary session (the admin's cookie); every other one
// carries the field credential in the X-PCMBN-Field header and can reach record.sync.* only.
export const prerender = false;
export const trailingSlash = 'never';

const FIELD_HEADER = 'x-pcmbn-field';

async function body(request: Request): Promise<Record<string, unknown>> {
  const value: unknown = await request.json().catch(() => null);
  if (!value || typeof value !== 'object') error(400, { message: 'Dữ liệu gửi lên không hợp lệ' });
  return value as Record<string, unknown>;
}

export const POST: RequestHandler = async ({ params, request, locals }) => {
  const credential = request.headers.get(FIELD_HEADER) ?? '';
  try {
    switch (params.op) {
      case 'cap-quyen': {
        if (!locals.token || !locals.user) {
          return json(
            { appCode: 'UNAUTHENTICATED', messages: { vi: 'Cần đăng nhập', en: 'Please sign in' } },
            { status: 401 },
          );
        }
        return json(await api(locals.token).record.sync.issue.mutate());
      }
      case 'du-lieu': {
        const { since } = await body(request);
        return json(
          await api(null).record.sync.bootstrap.mutate({ credential, since: typeof since === 'string' ? since : null }),
        );
      }
      case 'gui': {
        const input = await body(request);
        return json(await api(null).record.sync.push.mutate({ ...input, credential } as never));
      }
      case 'tra-lai':
        return json(await api(null).record.sync.returned.mutate({ credential }));
      case 'sua': {
        const input = await body(request);
        return json(await api(null).record.sync.update.mutate({ ...input, credential } as never));
      }
      case 'anh': {
        const input = await body(request);
        return json(await api(null).record.sync.photo.mutate({ ...input, credential } as never));
      }
      case 'duyet': {
        const input = await body(request);
        return json(await api(null).record.sync.submit.mutate({ ...input, credential }));
      }
      case 'thu-hoi':
        return json(await api(null).record.sync.revoke.mutate({ credential }));
      default:
        error(404, { message: 'Không tìm thấy trang này.' });
    }
  } catch (cause) {
    const data = apiErrorData(cause);
    if (data)
      return json({ appCode: data.appCode, messages: data.messages, fields: data.fields }, { status: data.httpStatus });
    throw cause;
  }
};
