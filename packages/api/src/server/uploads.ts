import { can, formatDateTimeVi } from '@pcmbn/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeAudit } from '../auth/audit.js';
import { describeError, type Messages } from '../errors.js';
import { assertCanRead, assertCanWrite, findRecord, planLoader } from '../records/access.js';
import { recordAttachmentChange } from '../records/history.js';
import { checkImportFileLimits, ImportLimitError } from '../records/import-limits.js';
import { recordImportTemplateCsv, recordImportTemplateXlsx } from '../records/template.js';
import {
  ATTACHMENT_TYPES,
  maxUploadBytes,
  pendingImportUsage,
  removeStoredFile,
  sha256Hex,
  sniffAttachmentType,
  storeAttachment,
  readStoredFile,
  storeImportFile,
} from '../records/storage.js';
import type { Context } from './context.js';
import { TRPCError } from '@trpc/server';

/**
 * File endpoints beside tRPC (binary bodies do not belong in JSON):
 *   POST /files/records/:id/attachments?name=…  raw body: a photo (JPEG/PNG/WebP) or PDF for a record
 *   GET  /files/attachments/:id                 the file, to users who may read the record
 *   POST /files/imports?name=…                  raw body: a CSV/XLSX file to preview/import with record.import
 *   GET  /files/record-import-template.csv|xlsx the import template
 * Authentication as for tRPC (Bearer token, or cookie + CSRF header for uploads); authorisation through the same
 * scope helpers; errors as JSON { error: { appCode, messages, requestId } }.
 */

type MakeContext = (req: IncomingMessage, res: ServerResponse) => Promise<Context>;

const ATTACH = /^\/files\/records\/([0-9a-f-]{36})\/attachments$/;
const DOWNLOAD = /^\/files\/attachments\/([0-9a-f-]{36})$/;

class HttpFail extends Error {
  constructor(
    readonly status: number,
    readonly appCode: string,
    readonly messages: Messages,
  ) {
    super(messages.en);
  }
}

function sendError(res: ServerResponse, status: number, appCode: string, messages: Messages, requestId: string) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify({ error: { appCode, messages, requestId } }));
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function tooLarge(): HttpFail {
  const mb = Math.round((maxUploadBytes() / 1024 / 1024) * 10) / 10;
  return new HttpFail(413, 'FILE_TOO_LARGE', {
    vi: `Tệp quá lớn: tối đa ${String(mb).replace('.', ',')} MB`,
    en: `File too large: at most ${mb} MB`,
  });
}

/** The request body, refused as soon as it passes the limit (never buffered whole when too large). */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const limit = maxUploadBytes();
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  if (size === 0) throw new HttpFail(400, 'FILE_EMPTY', { vi: 'Tệp rỗng', en: 'The file is empty' });
  return Buffer.concat(chunks);
}

function fileNameOf(url: URL, fallback: string): string {
  const name = (url.searchParams.get('name') ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must lose
    .replace(/[\u0000-\u001f\\/]/g, '')
    .trim()
    .slice(0, 200);
  return name || fallback;
}

/** RFC 6266/5987: an ASCII fallback and the UTF-8 name (Vietnamese file names survive). */
function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function requireUser(ctx: Context, method: string) {
  if (!ctx.user) throw new HttpFail(401, 'UNAUTHENTICATED', { vi: 'Bạn cần đăng nhập', en: 'Please sign in' });
  if (ctx.user.mustChangePassword)
    throw new HttpFail(403, 'PASSWORD_CHANGE_REQUIRED', {
      vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
      en: 'You must change your password first',
    });
  if (method === 'POST' && ctx.tokenSource === 'cookie' && !ctx.csrfHeader) {
    throw new HttpFail(403, 'CSRF_HEADER_MISSING', {
      vi: 'Yêu cầu thiếu tiêu đề chống giả mạo x-pcmbn-csrf: 1',
      en: 'The request lacks the anti-forgery header x-pcmbn-csrf: 1',
    });
  }
  return ctx.user;
}

async function uploadAttachment(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL, recordId: string) {
  const user = requireUser(ctx, 'POST');
  const record = await findRecord(ctx.db, recordId);
  const plan = await planLoader(ctx.db)(record.planId);
  assertCanRead(user, record, plan);
  assertCanWrite(user, record, plan);
  if (record.status !== 'draft' && record.status !== 'rejected') {
    throw new HttpFail(409, 'RECORD_NOT_EDITABLE', {
      vi: 'Chỉ đính kèm tệp vào kết quả “Nháp” hoặc “Bị trả lại”',
      en: 'Files can be attached only to draft or rejected records',
    });
  }
  const bytes = await readBody(req);
  const mime = sniffAttachmentType(bytes);
  if (!mime) {
    throw new HttpFail(415, 'FILE_TYPE_NOT_ALLOWED', {
      vi: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (kiểm tra theo nội dung tệp, không theo đuôi tên)',
      en: 'Only JPEG, PNG or WebP photos and PDF files are accepted (checked by content, not by extension)',
    });
  }
  const storagePath = await storeAttachment(bytes, mime);
  try {
    const fileName = fileNameOf(url, `tep-dinh-kem.${ATTACHMENT_TYPES[mime].ext}`);
    const row = await ctx.rootDb.$transaction(async (tx) => {
      const created = await tx.attachment.create({
        data: {
          recordId,
          fileName,
          mimeType: mime,
          size: bytes.length,
          sha256: sha256Hex(bytes),
          storagePath,
          createdById: user.id,
        },
      });
      await recordAttachmentChange(tx, recordId, user.id, { added: fileName });
      await writeAudit(tx, { userId: user.id, requestId: ctx.requestId, ip: ctx.ip }, 'record.attachmentAdd', [
        { entity: 'attachment', entityId: created.id, after: created },
      ]);
      return created;
    });
    sendJson(res, 201, {
      id: row.id,
      fileName: row.fileName,
      mimeType: row.mimeType,
      size: row.size,
      sha256: row.sha256,
      createdAt: row.createdAt,
    });
  } catch (error) {
    await removeStoredFile(storagePath);
    throw error;
  }
}

async function downloadAttachment(ctx: Context, res: ServerResponse, id: string) {
  const user = requireUser(ctx, 'GET');
  const attachment = await ctx.db.attachment.findUnique({ where: { id }, include: { record: true } });
  if (!attachment)
    throw new HttpFail(404, 'NOT_FOUND', { vi: 'Không tìm thấy tệp đính kèm', en: 'Attachment not found' });
  const plan = await planLoader(ctx.db)(attachment.record.planId);
  assertCanRead(user, attachment.record, plan);
  const bytes = await readStoredFile(attachment.storagePath);
  if (!bytes) {
    throw new HttpFail(410, 'FILE_MISSING', {
      vi: 'Tệp không còn trên máy chủ',
      en: 'The file is no longer on the server',
    });
  }
  res.writeHead(200, {
    'content-type': attachment.mimeType,
    'content-length': String(attachment.size),
    'content-disposition': contentDisposition('attachment', attachment.fileName),
    'x-content-type-options': 'nosniff',
    // Even if a browser renders it, the file runs no script and reaches nothing.
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    etag: `"${attachment.sha256}"`,
  });
  res.end(bytes);
}

/** Megabytes of import files one user may keep pending (uploaded, not yet imported; each is kept 24 hours):
 *  PCMBN_IMPORT_QUOTA_MB, default 25 — a real import file is well under 1 MB, so this leaves room for many
 *  corrected uploads a day while no account can fill the disk. */
export function importQuotaBytes(): number {
  const mb = Number(process.env.PCMBN_IMPORT_QUOTA_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : 25) * 1024 * 1024);
}

function quotaExceeded(used: number, freesAt: Date | null): HttpFail {
  const quota = importQuotaBytes();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  const when = freesAt ?? new Date(Date.now() + 24 * 60 * 60 * 1000);
  return new HttpFail(429, 'IMPORT_QUOTA_EXCEEDED', {
    vi:
      `Bạn đang có ${String(mb(used)).replace('.', ',')} MB tệp nhập chưa dùng trong 24 giờ qua (tối đa ${String(mb(quota)).replace('.', ',')} MB). ` +
      `Hãy nhập các tệp đã tải lên, hoặc thử lại sau ${formatDateTimeVi(when)} khi tệp cũ hết hạn.`,
    en:
      `You have ${mb(used)} MB of import files uploaded in the last 24 hours and not yet imported (at most ${mb(quota)} MB). ` +
      `Import the files you uploaded, or try again after ${when.toISOString()} when old files expire.`,
  });
}

// One upload per user at a time: the quota is checked and the file stored without another upload in between.
const userLocks = new Map<string, Promise<unknown>>();
async function oneAtATime<T>(userId: string, run: () => Promise<T>): Promise<T> {
  const previous = userLocks.get(userId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(run);
  userLocks.set(userId, next);
  try {
    return await next;
  } finally {
    if (userLocks.get(userId) === next) userLocks.delete(userId);
  }
}

async function uploadImport(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL) {
  const user = requireUser(ctx, 'POST');
  // Who may import at all (record.import's writers) is known before a byte of the body is read: a viewer's file is
  // refused unread.
  if (!can(user, 'record.enter')) {
    throw new HttpFail(403, 'FORBIDDEN', {
      vi: 'Tài khoản của bạn không có quyền nhập kết quả từ tệp',
      en: 'Your account may not import records from a file',
    });
  }
  const fileName = fileNameOf(url, 'ket-qua.csv');
  if (!/\.(csv|xlsx|txt)$/i.test(fileName)) {
    throw new HttpFail(415, 'FILE_TYPE_NOT_ALLOWED', {
      vi: 'Chỉ nhận tệp CSV hoặc XLSX',
      en: 'Only CSV or XLSX files are accepted',
    });
  }
  await oneAtATime(user.id, async () => {
    const quota = importQuotaBytes();
    const pending = await pendingImportUsage(user.id);
    const declared = Number(req.headers['content-length']);
    if (pending.bytes + (Number.isFinite(declared) ? declared : 1) > quota)
      throw quotaExceeded(pending.bytes, pending.oldestExpiresAt);
    const bytes = await readBody(req);
    if (pending.bytes + bytes.length > quota) throw quotaExceeded(pending.bytes, pending.oldestExpiresAt);
    try {
      checkImportFileLimits(bytes);
    } catch (error) {
      if (error instanceof ImportLimitError)
        throw new HttpFail(error.status, error.code, { vi: error.vi, en: error.en });
      throw error;
    }
    const uploadId = await storeImportFile(user.id, fileName, bytes);
    sendJson(res, 201, { uploadId, fileName, size: bytes.length });
  });
}

async function template(res: ServerResponse, ext: 'csv' | 'xlsx') {
  const body = ext === 'csv' ? recordImportTemplateCsv() : await recordImportTemplateXlsx();
  res.writeHead(200, {
    'content-type':
      ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': contentDisposition('attachment', `mau-nhap-ket-qua.${ext}`),
    'content-length': String(body.length),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(body);
}

/** Handles /files/*; returns false for any other path. */
export function handleFiles(
  req: IncomingMessage,
  res: ServerResponse,
  makeContext: MakeContext,
  requestId: string,
): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/files/')) return false;
  const method = req.method ?? 'GET';
  const run = async () => {
    const tpl = /^\/files\/record-import-template\.(csv|xlsx)$/.exec(path);
    if (tpl && method === 'GET') return template(res, tpl[1] as 'csv' | 'xlsx');
    const attach = ATTACH.exec(path);
    if (attach && method === 'POST')
      return uploadAttachment(await makeContext(req, res), req, res, url, attach[1] as string);
    const download = DOWNLOAD.exec(path);
    if (download && method === 'GET')
      return downloadAttachment(await makeContext(req, res), res, download[1] as string);
    if (path === '/files/imports' && method === 'POST') return uploadImport(await makeContext(req, res), req, res, url);
    throw new HttpFail(404, 'NOT_FOUND', { vi: 'Không tìm thấy', en: 'Not found' });
  };
  run().catch((error: unknown) => {
    if (!req.complete) req.resume();
    if (error instanceof HttpFail) return sendError(res, error.status, error.appCode, error.messages, requestId);
    if (error instanceof TRPCError) {
      const d = describeError(error);
      const status =
        { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHORIZED: 401, CONFLICT: 409, BAD_REQUEST: 400 }[error.code as string] ??
        500;
      if (status !== 500) return sendError(res, status, d.appCode, d.messages, requestId);
    }
    console.error('[files]', requestId, error);
    sendError(
      res,
      500,
      'INTERNAL',
      { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' },
      requestId,
    );
  });
  return true;
}
