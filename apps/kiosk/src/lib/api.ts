import { createApiClient, isApiError, type ApiClient } from '@pcmbn/api/client';

/** The API through the kiosk server's same-origin proxy (/api/trpc), with the device token when there is one. */
export function kioskApi(token: string | null): ApiClient {
  return createApiClient(`${location.origin}/api`, { headers: token ? { authorization: `Kiosk ${token}` } : {} });
}

/** The API says this token is unknown or revoked (not: the network is down). */
export function isUnauthorized(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const data = error.data as { appCode?: string } | undefined;
  return data?.appCode === 'KIOSK_UNAUTHORIZED';
}
