import type { Config, KitConfig } from '@sveltejs/kit';
import type { UserConfig } from 'vite';

/** SvelteKit's CSP directives (its CspDirectives interface is not exported). */
export type CspDirectives = NonNullable<NonNullable<KitConfig['csp']>['directives']>;

export declare const cspDirectives: CspDirectives;
export interface SvelteConfigOptions {
  /** CSS files smaller than this many bytes go inline into the page's <head> (SvelteKit's kit.inlineStyleThreshold). */
  inlineStyleThreshold?: number;
  /** What this app's pages put in the shared page shell (app.html). */
  page?: PageOptions;
}

/** The parts of the page shell (app.html) that differ between the apps. */
export interface PageOptions {
  /** `<html lang>`: 'vi' unless given (the public site passes a placeholder its hooks fill per request). */
  lang?: string;
  /** The viewport meta's content: 'width=device-width, initial-scale=1' unless given. */
  viewport?: string;
  /** Tags added to <head> after the viewport, as written (e.g. a robots meta). */
  head?: string[];
  /** Attributes of <body>, as written (e.g. 'data-sveltekit-preload-data="hover"'). */
  body?: string[];
}
export declare function defineSvelteConfig(options?: SvelteConfigOptions): Config;
export declare const viteOptions: UserConfig;
