/**
 * Typed tRPC client for the apps. Imports only @trpc/client, superjson and the record schema (zod, the domain) at runtime:
 * the router is a type (no Prisma, no server code ends up in an app bundle).
 */
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from './root.js';

export type { AppRouter, RouterInputs, RouterOutputs } from './root.js';
/** The record input's schema, for the admin's forms (zod and the domain only: no server code). */
export { RecordFieldsSchema } from './records/schemas.js';

export interface ApiClientOptions {
  /** fetch to use (SvelteKit's event.fetch on the server); default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers per request, e.g. X-Request-Id. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** Session token (from `auth.login({ transport: 'token' })`), sent as `Authorization: Bearer …`. */
  token?: string | null;
  /** The browser's address, sent as X-Forwarded-For; the API believes it only from PCMBN_TRUSTED_PROXIES. */
  forwardedFor?: string | null;
}

/** The API's limits (src/server/limits.ts), repeated here: this module imports no server code. */
const MAX_BATCH_CALLS = 10;
const NEVER_BATCHED = new Set(['auth.login']);

export function createApiClient(baseUrl: string, opts: ApiClientOptions = {}) {
  const fixed: Record<string, string> = {};
  if (opts.token) fixed.authorization = `Bearer ${opts.token}`;
  if (opts.forwardedFor) fixed['x-forwarded-for'] = opts.forwardedFor;
  const extra = opts.headers;
  const link = {
    url: `${baseUrl.replace(/\/+$/, '')}/trpc`,
    transformer: superjson,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    headers: async () => ({ ...(typeof extra === 'function' ? await extra() : (extra ?? {})), ...fixed }),
  };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // The API refuses sign-in inside a batch (each attempt is throttled as one request) and batches of more
        // than MAX_BATCH_CALLS calls (src/server/limits.ts): send auth.login alone, split the rest.
        condition: (op) => NEVER_BATCHED.has(op.path),
        true: httpLink(link),
        false: httpBatchLink({ ...link, maxItems: MAX_BATCH_CALLS }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The shape of `error.data` on every API error (see src/errors.ts). */
export interface ApiErrorData {
  code: string;
  httpStatus: number;
  path?: string;
  appCode: string;
  messages: { vi: string; en: string };
  fields: { path: string; vi: string; en: string }[];
  requestId: string | null;
}

export function isApiError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}
