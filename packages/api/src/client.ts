/**
 * Typed tRPC client for the apps. Imports only @trpc/client and superjson at runtime: the router is a type
 * (no Prisma, no server code ends up in an app bundle).
 */
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from './root.js';

export type { AppRouter, RouterInputs, RouterOutputs } from './root.js';

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

export function createApiClient(baseUrl: string, opts: ApiClientOptions = {}) {
  const fixed: Record<string, string> = {};
  if (opts.token) fixed.authorization = `Bearer ${opts.token}`;
  if (opts.forwardedFor) fixed['x-forwarded-for'] = opts.forwardedFor;
  const extra = opts.headers;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl.replace(/\/+$/, '')}/trpc`,
        transformer: superjson,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
        headers: async () => ({ ...(typeof extra === 'function' ? await extra() : (extra ?? {})), ...fixed }),
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
