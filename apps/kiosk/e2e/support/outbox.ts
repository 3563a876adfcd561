/** The kiosk's IndexedDB outbox, seen from the test (same database and store names as src/lib/storage.ts). */
import type { Page } from '@playwright/test';

export async function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pcmbn-kiosk');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB: the kiosk database did not open'));
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').count();
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
        };
      }),
  );
}

export interface OutboxEvent {
  idempotencyKey: string;
  kind: 'session' | 'page_view' | 'quiz_completed';
  occurredAt: string;
  data?: { page?: string };
}

export async function outboxEvents(page: Page): Promise<OutboxEvent[]> {
  return page.evaluate(
    () =>
      new Promise<OutboxEvent[]>((resolve, reject) => {
        const open = indexedDB.open('pcmbn-kiosk');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB: the kiosk database did not open'));
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => {
            resolve(req.result as OutboxEvent[]);
            open.result.close();
          };
        };
      }),
  );
}

/** Puts events into the outbox the way the kiosk records them (page views, one idempotency key each). */
export async function addToOutbox(page: Page, events: OutboxEvent[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pcmbn-kiosk');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB: the kiosk database did not open'));
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          for (const e of list) tx.objectStore('outbox').put(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB: the transaction failed'));
        };
      }),
    events,
  );
}
