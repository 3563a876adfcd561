import type pg from 'pg';

/** The e2e stack's database (PCMBN_DATABASE_URL), for tests that check what really arrived. */
export declare function db(): pg.Pool;
/** The rows of one query on the e2e stack's database. */
export declare function sql<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;

/** The part of Playwright's Page that pairingCode uses (this package does not depend on Playwright). */
export interface KioskPage {
  getByTestId(testId: string): {
    filter(options: { hasText: RegExp }): { waitFor(): Promise<void>; textContent(): Promise<string | null> };
  };
}
/** The pairing code a kiosk shows (once it shows one), without the space in the middle. */
export declare function pairingCode(page: KioskPage): Promise<string>;
