/**
 * What the kiosk keeps across reloads and power cuts, in IndexedDB: its device token (or the pending pairing), the
 * current content bundle, and the usage outbox. Nothing about the people who used it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { KioskMessage } from './fleet/messages';
import type { Bundle, UsageEvent } from './types';

export interface Pairing {
  code: string;
  secret: string;
  expiresAt: string;
}

interface KioskDB extends DBSchema {
  settings: { key: string; value: unknown };
  bundle: { key: string; value: Bundle };
  outbox: { key: string; value: UsageEvent; indexes: { occurredAt: string } };
}

export const DB_NAME = 'pcmbn-kiosk';
let opened: Promise<IDBPDatabase<KioskDB>> | undefined;

function db(): Promise<IDBPDatabase<KioskDB>> {
  opened ??= openDB<KioskDB>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('settings');
      database.createObjectStore('bundle');
      const outbox = database.createObjectStore('outbox', { keyPath: 'idempotencyKey' });
      outbox.createIndex('occurredAt', 'occurredAt');
    },
  });
  return opened;
}

export async function getToken(): Promise<string | null> {
  return ((await (await db()).get('settings', 'token')) as string | undefined) ?? null;
}
export async function setToken(token: string): Promise<void> {
  const d = await db();
  const tx = d.transaction('settings', 'readwrite');
  await Promise.all([tx.store.put(token, 'token'), tx.store.delete('pairing'), tx.done]);
}

export async function getPairing(): Promise<Pairing | null> {
  return ((await (await db()).get('settings', 'pairing')) as Pairing | undefined) ?? null;
}
export async function setPairing(pairing: Pairing): Promise<void> {
  await (await db()).put('settings', pairing, 'pairing');
}

export async function getBundle(): Promise<Bundle | null> {
  return (await (await db()).get('bundle', 'current')) ?? null;
}
export async function setBundle(bundle: Bundle): Promise<void> {
  await (await db()).put('bundle', bundle, 'current');
}

/** Revoked: forget the token, the content and the unsent usage (it can no longer be sent). */
export async function forgetDevice(): Promise<void> {
  const d = await db();
  const tx = d.transaction(['settings', 'bundle', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('settings').clear(),
    tx.objectStore('bundle').clear(),
    tx.objectStore('outbox').clear(),
    tx.done,
  ]);
}

export async function addToOutbox(event: UsageEvent): Promise<void> {
  await (await db()).put('outbox', event);
}
/** The oldest `limit` events. */
export async function outboxBatch(limit: number): Promise<UsageEvent[]> {
  return (await db()).getAllFromIndex('outbox', 'occurredAt', undefined, limit);
}
export async function outboxCount(): Promise<number> {
  return (await db()).count('outbox');
}
export async function removeFromOutbox(keys: readonly string[]): Promise<void> {
  const d = await db();
  const tx = d.transaction('outbox', 'readwrite');
  await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
}

/** Emergency messages from the last heartbeat (shown offline until they expire). */
export async function getMessages(): Promise<KioskMessage[]> {
  return ((await (await db()).get('settings', 'messages')) as KioskMessage[] | undefined) ?? [];
}
export async function setMessages(messages: KioskMessage[]): Promise<void> {
  await (await db()).put('settings', messages, 'messages');
}

export async function clearPairing(): Promise<void> {
  await (await db()).delete('settings', 'pairing');
}
