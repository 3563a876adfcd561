import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { bodyTooLargeMessages } from './server/limits.js';

/**
 * Errors reach clients as tRPC errors with a stable `appCode` and a message for people, Vietnamese first.
 * Nothing else leaves: no stack, no SQL, no driver message (see `formatError`).
 */

export const APP_ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INTERNAL',
  'DOMAIN',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number] | (string & {});

export interface Messages {
  vi: string;
  en: string;
}

export interface FieldError extends Messages {
  /** Dotted path of the field in the input, e.g. 'provinceCode' or 'period.from'. */
  path: string;
}

/** Carried as a TRPCError's cause; the errorFormatter reads it. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly appCode: AppErrorCode,
    readonly messages: Messages,
    readonly fields: FieldError[] = [],
  ) {
    super(messages.vi);
  }
}

export function appError(
  trpcCode: TRPCError['code'],
  appCode: AppErrorCode,
  messages: Messages,
  fields: FieldError[] = [],
): TRPCError {
  return new TRPCError({ code: trpcCode, message: messages.vi, cause: new AppError(appCode, messages, fields) });
}

export function forbidden(
  messages: Messages = { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
): TRPCError {
  return appError('FORBIDDEN', 'FORBIDDEN', messages);
}

/** 503: the database cannot be reached just now (src/db/unavailable.ts decides); the request may be retried. */
export function databaseUnavailable(): TRPCError {
  return appError('SERVICE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', {
    vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu; dữ liệu chưa được lưu. Vui lòng thử lại sau ít phút.',
    en: 'The system cannot reach its database just now; nothing was saved. Please try again in a few minutes.',
  });
}

export function notFound(what: Messages, id: string): TRPCError {
  return appError('NOT_FOUND', 'NOT_FOUND', {
    vi: `Không tìm thấy ${what.vi} "${id}"`,
    en: `${what.en} "${id}" not found`,
  });
}

const VI = z.locales.vi().localeError;
const EN = z.locales.en().localeError;

function localeMessage(error: typeof VI, issue: z.core.$ZodIssue): string | undefined {
  const result = error(issue as never);
  return typeof result === 'string' ? result : result?.message;
}

/** One field error per zod issue, in both languages; custom (domain) messages are Vietnamese and kept as such. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(input)';
    let vi: string;
    let en: string;
    if (issue.code === 'invalid_type') {
      // The received value is not kept on finished issues, so say only what was expected.
      vi = `phải là ${issue.expected}`;
      en = `must be ${issue.expected}`;
    } else {
      en = localeMessage(EN, issue) ?? issue.message;
      const custom = issue.message && issue.message !== en;
      vi = custom ? issue.message : (localeMessage(VI, issue) ?? issue.message);
    }
    return { path, vi: `Trường "${path}": ${vi}`, en: `Field "${path}": ${en}` };
  });
}

function zodIssuesOf(cause: unknown): z.core.$ZodIssue[] | undefined {
  if (cause && typeof cause === 'object' && 'issues' in cause && Array.isArray(cause.issues)) {
    return (cause as { issues: z.core.$ZodIssue[] }).issues;
  }
  return undefined;
}

interface DomainErrorLike {
  name: 'DomainError';
  code: string;
  message: string;
  messageEn?: string;
}
function isDomainErrorLike(e: unknown): e is DomainErrorLike {
  return e instanceof Error && e.name === 'DomainError' && typeof (e as { code?: unknown }).code === 'string';
}

export interface ErrorDetails {
  appCode: AppErrorCode;
  messages: Messages;
  fields: FieldError[];
}

const GENERIC: Record<string, Messages> = {
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  UNAUTHORIZED: { vi: 'Cần đăng nhập', en: 'Sign-in required' },
  FORBIDDEN: { vi: 'Không có quyền', en: 'Forbidden' },
  NOT_FOUND: { vi: 'Không tìm thấy', en: 'Not found' },
  METHOD_NOT_SUPPORTED: { vi: 'Phương thức không được hỗ trợ', en: 'Method not supported' },
  PARSE_ERROR: { vi: 'Không đọc được yêu cầu', en: 'Could not parse the request' },
  CONFLICT: { vi: 'Dữ liệu đã bị thay đổi', en: 'Conflict' },
  TOO_MANY_REQUESTS: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  // Only JSON bodies reach tRPC (uploads go to /files), so the limit is MAX_JSON_BODY_BYTES.
  PAYLOAD_TOO_LARGE: bodyTooLargeMessages(),
};
const INTERNAL: Messages = { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' };

/** What a client may learn about `error`. */
export function describeError(error: TRPCError): ErrorDetails {
  const cause = error.cause;
  if (cause instanceof AppError) return { appCode: cause.appCode, messages: cause.messages, fields: cause.fields };
  if (isDomainErrorLike(cause)) {
    return { appCode: cause.code, messages: { vi: cause.message, en: cause.messageEn ?? cause.message }, fields: [] };
  }
  const issues = error.code === 'BAD_REQUEST' ? zodIssuesOf(cause) : undefined;
  if (issues) {
    const fields = fieldErrors(issues);
    return {
      appCode: 'INVALID_INPUT',
      messages: {
        vi: `Dữ liệu không hợp lệ: ${fields.map((f) => f.vi).join('; ')}`,
        en: `Invalid input: ${fields.map((f) => f.en).join('; ')}`,
      },
      fields,
    };
  }
  const generic = GENERIC[error.code];
  if (generic) return { appCode: error.code, messages: generic, fields: [] };
  return { appCode: 'INTERNAL', messages: INTERNAL, fields: [] };
}
