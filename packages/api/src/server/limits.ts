import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import superjson from 'superjson';
import type { Messages } from '../errors.js';

/**
 * Request limits of the tRPC endpoint (src/server/http.ts), checked before a body is read or a call is run: one
 * request may not hold the server for long or fill its memory.
 */

/** Largest JSON body a tRPC request may have. File uploads (src/server/uploads.ts) have their own limit. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
/** Most calls one `?batch=1` request may carry. */
export const MAX_BATCH_CALLS = 10;
/** Procedures that must come alone: each sign-in attempt is counted and throttled as one request. */
const NEVER_BATCHED = new Set(['auth.login']);

function formatBytes(bytes: number): { vi: string; en: string } {
  const mb = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return { vi: `${String(mb).replace('.', ',')} MB`, en: `${mb} MB` };
}

export function bodyTooLargeMessages(limit = MAX_JSON_BODY_BYTES): Messages {
  const size = formatBytes(limit);
  return {
    vi: `Dữ liệu gửi lên quá lớn: tối đa ${size.vi}. Tệp đính kèm và tệp nhập được tải lên riêng.`,
    en: `The request body is too large: at most ${size.en}. Attachments and import files are uploaded separately.`,
  };
}

export interface RequestRefusal {
  status: number;
  code: TRPC_ERROR_CODE_KEY;
  appCode: string;
  messages: Messages;
}

/** The procedure paths of a tRPC URL path (`/trpc/a,b` with `?batch=1`), or null when it cannot be decoded. */
function callPaths(path: string, batch: boolean): string[] | null {
  const rest = path.replace(/^\/trpc\/?/, '');
  try {
    const decoded = decodeURIComponent(rest);
    return batch ? decoded.split(',') : [decoded];
  } catch {
    return null;
  }
}

/**
 * What to refuse about a tRPC request before tRPC reads it: a declared body over the limit (413), a batch of more
 * than MAX_BATCH_CALLS calls, or a batch holding auth.login (400). A body without Content-Length is counted while it
 * is read (createHTTPHandler's maxBodySize).
 */
export function checkTrpcRequest(
  req: IncomingMessage,
  path: string,
  search: URLSearchParams,
  maxBodyBytes = MAX_JSON_BODY_BYTES,
): RequestRefusal | null {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', appCode: 'PAYLOAD_TOO_LARGE', messages: bodyTooLargeMessages() };
  }
  if (search.get('batch') !== '1') return null;
  const paths = callPaths(path, true);
  if (!paths) return null; // tRPC answers a malformed path itself
  const alone = paths.find((p) => NEVER_BATCHED.has(p));
  if (alone && paths.length > 1) {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      appCode: 'LOGIN_NOT_BATCHABLE',
      messages: {
        vi: `Đăng nhập (${alone}) phải được gửi riêng, không gộp với lời gọi khác`,
        en: `Sign-in (${alone}) must be sent on its own, not in a batch`,
      },
    };
  }
  if (paths.length > MAX_BATCH_CALLS) {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      appCode: 'BATCH_TOO_LARGE',
      messages: {
        vi: `Một yêu cầu gộp chỉ được chứa tối đa ${MAX_BATCH_CALLS} lời gọi (yêu cầu này có ${paths.length})`,
        en: `A batch request may hold at most ${MAX_BATCH_CALLS} calls (this one has ${paths.length})`,
      },
    };
  }
  return null;
}

/**
 * Answers with a tRPC error (the shape of src/trpc.ts's errorFormatter, superjson-wrapped) so the typed client reads
 * `data.appCode` and `data.messages` as for any other error. The connection is closed: an unread body is not waited for.
 */
export function sendTrpcRefusal(res: ServerResponse, refusal: RequestRefusal, requestId: string): void {
  const shape = {
    message: `${refusal.messages.vi} / ${refusal.messages.en}`,
    code: TRPC_ERROR_CODES_BY_KEY[refusal.code],
    data: {
      code: refusal.code,
      httpStatus: refusal.status,
      appCode: refusal.appCode,
      messages: refusal.messages,
      fields: [],
      requestId,
    },
  };
  res.writeHead(refusal.status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(JSON.stringify({ error: superjson.serialize(shape) }));
}
