import type { Config, CspDirectives } from '@sveltejs/kit';
import type { UserConfig } from 'vite';

export declare const cspDirectives: CspDirectives;
export declare function defineSvelteConfig(): Config;
export declare const viteOptions: UserConfig;
