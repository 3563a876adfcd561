export * from './accounts.js';
export * from './fonts.js';
export * from './stack.js';

/** A port that was free a moment ago on 127.0.0.1. */
export declare function freePort(): Promise<number>;

export interface DetachedApp {
  /** Where the app listens, e.g. 'http://127.0.0.1:41234'. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts one built app (`<appDir>/build/index.js`) on a free port with API_URL pointing at a port where nothing
 * listens, to see what people get when the API is down.
 */
export declare function startAppWithoutApi(appDir: string): Promise<DetachedApp>;
