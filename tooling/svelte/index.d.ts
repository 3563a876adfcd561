import type { Config, KitConfig } from '@sveltejs/kit';
import type { UserConfig } from 'vite';

/** SvelteKit's CSP directives (its CspDirectives interface is not exported). */
export type CspDirectives = NonNullable<NonNullable<KitConfig['csp']>['directives']>;

export declare const cspDirectives: CspDirectives;
export interface SvelteConfigOptions {
  /** CSS files smaller than this many bytes go inline into the page's <head> (SvelteKit's kit.inlineStyleThreshold). */
  inlineStyleThreshold?: number;
}
export declare function defineSvelteConfig(options?: SvelteConfigOptions): Config;
export declare const viteOptions: UserConfig;
