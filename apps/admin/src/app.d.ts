// See https://svelte.dev/docs/kit/types#app.d.ts
import type { RouterOutputs } from '@pcmbn/api/client';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The signed-in user (from the API's auth.me), or null. */
      user: RouterOutputs['auth']['me'] | null;
      /** The API session token kept in our httpOnly cookie; sent to the API as a Bearer token. */
      token: string | null;
      /** The API could not be reached while checking the session. */
      apiUnavailable: boolean;
    }
  }
}

export {};
