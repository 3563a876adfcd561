/**
 * Sending the queue (issue 19; rules in packages/domain/src/rules/records/offline-sync.ts). One record at a time, oldest
 * first: the record (idempotency key: a retry after a lost answer returns the record already stored), then each
 * photo in chunks from the offset the server confirmed (resumable), then submit. Progress is written to IndexedDB
 * after every step, so a reload or a cut in the middle resumes where it stopped and sends nothing twice. A refusal
 * marks the record refused with the server's reason and the queue goes on; a network failure stops the round (the
 * next `online` event or the officer's "Gửi ngay" starts another); a refused credential stops everything. Only one
 * tab of an officer's sends at a time (`exclusively`).
 */
import { sendOrder } from '@pcmbn/domain';
import type { FieldStore, Meta, QueuedRecord } from './store';

/** As the API's PHOTO_CHUNK_BYTES: under the app server's body limit once in base64. */
export const CHUNK_BYTES = 256 * 1024;

export type Messages = { vi: string; en: string };

export class SyncStop extends Error {
  constructor(
    readonly kind: 'offline' | 'credential' | 'server',
    readonly messages: Messages,
  ) {
    super(messages.en);
  }
}

const OFFLINE: Messages = {
  vi: 'Không có mạng: các kết quả được giữ trên máy và sẽ tự gửi khi có mạng.',
  en: 'No network: records are kept on the device and will be sent when online.',
};

/** A refusal of one call (4xx other than 401): the record's own problem, not the connection's. */
export class CallRefused extends Error {
  constructor(
    readonly code: string,
    readonly messages: Messages,
    readonly fields: { path: string; vi: string; en: string }[],
  ) {
    super(messages.en);
  }
}

export async function call<T>(op: string, credential: string | null, payload: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/thuc-dia/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(credential ? { 'x-pcmbn-field': credential } : {}) },
      body: JSON.stringify(payload ?? {}),
      cache: 'no-store',
    });
  } catch {
    throw new SyncStop('offline', OFFLINE);
  }
  const data = (await res.json().catch(() => null)) as
    (T & { appCode?: string; messages?: Messages; fields?: CallRefused['fields'] }) | null;
  if (res.ok && data) return data;
  const messages = data?.messages ?? {
    vi: `Máy chủ trả lời lỗi ${res.status}`,
    en: `The server answered ${res.status}`,
  };
  if (res.status === 401) throw new SyncStop('credential', messages);
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
    throw new CallRefused(data?.appCode ?? 'REFUSED', messages, data?.fields ?? []);
  throw new SyncStop('server', messages);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type PushOut =
  | { outcome: 'stored'; recordId: string; replay: boolean }
  | { outcome: 'refused'; code: string; vi: string; en: string; fields: CallRefused['fields'] };

function refuse(item: QueuedRecord, r: { code: string; vi: string; en: string; fields: CallRefused['fields'] }) {
  item.state = 'refused';
  item.refusal = { code: r.code, vi: r.vi, en: r.en, fields: r.fields };
}

function reachedOf(item: QueuedRecord): Record<string, number> {
  return {
    ...(item.total !== undefined ? { total: item.total } : {}),
    ...(item.women !== undefined ? { women: item.women } : {}),
  };
}

/** What a record says, as record.sync.push and record.sync.update take it (reached groups only when some are given). */
function fieldsOf(item: QueuedRecord, reached: Record<string, number>) {
  return {
    activityId: item.activityId,
    date: item.date,
    areaCode: item.areaCode,
    ...(item.quantity !== undefined ? { quantity: item.quantity } : {}),
    ...(Object.keys(reached).length > 0 ? { reached } : {}),
    ...(item.note ? { note: item.note } : {}),
  };
}

/** Keeps the server's answer on the device: the stored record's id, or the refusal with its reason (false). */
async function stored(store: FieldStore, item: QueuedRecord, out: PushOut): Promise<boolean> {
  if (out.outcome === 'refused') {
    refuse(item, out);
    await store.put(item);
    return false;
  }
  item.recordId = out.recordId;
  item.refusal = undefined;
  await store.put(item);
  return true;
}

/**
 * Sends one record through to submitted; returns false when it was refused. A correction of a returned record
 * (`edit`) goes as record.sync.update from the version it was downloaded at, then is submitted by id.
 */
async function sendOne(store: FieldStore, meta: Meta, item: QueuedRecord): Promise<boolean> {
  try {
    if (item.edit && !item.recordId) {
      const out = await call<PushOut>('sua', meta.credential, {
        recordId: item.edit.recordId,
        baseVersion: item.edit.baseVersion,
        editKey: item.idempotencyKey,
        record: fieldsOf(item, { ...item.edit.reachedOther, ...reachedOf(item) }),
      });
      if (!(await stored(store, item, out))) return false;
    }
    if (!item.recordId) {
      const out = await call<PushOut>('gui', meta.credential, {
        deviceVersion: item.deviceVersion,
        record: {
          planId: item.planId,
          ...fieldsOf(item, reachedOf(item)),
          idempotencyKey: item.idempotencyKey,
          confirmDuplicate: item.confirmDuplicate,
        },
      });
      if (!(await stored(store, item, out))) return false;
    }
    for (const photo of item.photos) {
      while (!photo.done) {
        const chunk = new Uint8Array(await photo.blob.slice(photo.sent, photo.sent + CHUNK_BYTES).arrayBuffer());
        const r = await call<{ received: number; done: boolean }>('anh', meta.credential, {
          recordKey: item.idempotencyKey,
          photoKey: photo.photoKey,
          fileName: photo.name,
          size: photo.blob.size,
          offset: photo.sent,
          data: base64(chunk),
        });
        photo.sent = r.received;
        photo.done = r.done;
        await store.put(item);
      }
    }
    await call(
      'duyet',
      meta.credential,
      item.edit ? { recordId: item.edit.recordId } : { recordKey: item.idempotencyKey },
    );
    return true;
  } catch (error) {
    if (!(error instanceof CallRefused)) throw error;
    refuse(item, { code: error.code, vi: error.messages.vi, en: error.messages.en, fields: error.fields });
    await store.put(item);
    return false;
  }
}

/** One round through the queue. `progress` is called after each record. Throws SyncStop. */
export async function sendQueue(
  store: FieldStore,
  meta: Meta,
  summary: (item: QueuedRecord) => string,
  progress: () => Promise<void> | void,
): Promise<void> {
  for (const item of sendOrder(await store.queue())) {
    if (await sendOne(store, meta, item)) await store.markSent(item, summary(item));
    await progress();
  }
}

/** The Web Locks name of an officer's sync: one per officer, as their database is. */
export const syncLockName = (userId: string) => `pcmbn-thuc-dia-sync-${userId}`;

/**
 * Runs `round` (a sync round: refresh the plans, send the queue) while holding the officer's sync lock, so two tabs
 * of the app on one phone never send at once: the second waits until the first is done, then reads the queue afresh
 * and finds what the first sent gone. The lock is the browser's (Web Locks), released when `round` ends or throws,
 * or when its tab closes. Where a browser has no Web Locks the round runs unguarded: each record still arrives once
 * (its idempotency key), but two tabs may both send it.
 */
export async function exclusively<T>(userId: string, round: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return round();
  return navigator.locks.request(syncLockName(userId), { mode: 'exclusive' }, () => round());
}
