import type { ApiClient, RouterInputs } from '@pcmbn/api/client';

export type { ApiClient };
export interface Account {
  email: string;
  password: string;
}
export interface AccountOptions {
  /** Start of the e-mail address, to tell the tests' accounts apart in the audit log. */
  prefix?: string;
  /** Default: province_admin. */
  role?: RouterInputs['user']['create']['role'];
  /** Default: null (every province). */
  scopeAreaCode?: string | null;
  displayName?: string;
}

/** An API client, signed in with `token` or anonymous. */
export declare function apiClient(token?: string | null): ApiClient;
/** The seeded admin, signed in once per worker. */
export declare function adminClient(): Promise<ApiClient>;
/** Runs `call` as the seeded admin, signing in again if a racing worker's password change signed the session out. */
export declare function asAdmin<T>(call: (api: ApiClient) => Promise<T>): Promise<T>;
/** Signs `account` in through the API. */
export declare function signInApi(account: Account): Promise<ApiClient>;
/** A new account that still has to change its temporary password (`password`). */
export declare function newAccount(options?: AccountOptions): Promise<Account>;
/** A new account whose password is already changed to `options.password`, with its signed-in client. */
export declare function readyAccount(
  options: AccountOptions & { password: string },
): Promise<Account & { api: ApiClient }>;
