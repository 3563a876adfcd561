/**
 * What the field app keeps on the device, in IndexedDB, one database per officer (`pcmbn-thuc-dia-<user id>`):
 * the field credential and the plans it downloaded (`meta`), the queue of records not yet on the server with their
 * photos as Blobs (`queue`), and a short list of what was sent (`sent`). Another officer signing in on the same
 * device never opens it; signing out (or the wipe after days without contact) deletes it whole.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedItem } from '@pcmbn/domain';

export interface FieldArea {
  code: string;
  name: string;
  parentName: string | null;
}
export interface FieldActivity {
  id: string;
  title: string;
  type: string;
  typeLabel: string;
  from: string;
  to: string;
}
export interface FieldPlan {
  id: string;
  code: string;
  title: string;
  from: string;
  to: string;
  activities: FieldActivity[];
  communes: FieldArea[];
}

/** A record of the officer's that a reviewer returned (record.sync.returned), as downloaded. */
export interface ReturnedRecord {
  id: string;
  planId: string;
  activityId: string | null;
  type: string;
  date: string;
  areaCode: string;
  quantity: number | null;
  reached: Record<string, number> | null;
  note: string | null;
  reason: string | null;
  returnedAt: string | null;
  /** The version the correction starts from (domain offline-sync rule 5). */
  version: number;
}

export interface Meta {
  userId: string;
  displayName: string;
  credential: string;
  version: string | null;
  plans: FieldPlan[];
  /** Last answer from the server (ISO instant). */
  lastContactAt: string;
  idleDays: number;
  seq: number;
  /** The officer's records returned by a reviewer, to correct (absent in data stored before they were kept). */
  returned?: ReturnedRecord[];
}

export interface QueuedPhoto {
  photoKey: string;
  name: string;
  blob: Blob;
  /** Bytes the server confirmed. */
  sent: number;
  done: boolean;
}

export interface QueuedRecord extends QueuedItem {
  planId: string;
  activityId: string;
  areaCode: string;
  date: string;
  quantity?: number | undefined;
  total?: number | undefined;
  women?: number | undefined;
  note: string;
  photos: QueuedPhoto[];
  confirmDuplicate: boolean;
  /** The data version the record was entered against. */
  deviceVersion: string | null;
  /** Set once the server stored it: photos and submit follow. */
  recordId?: string | undefined;
  /** A correction of a returned record already on the server (sent with record.sync.update, then submitted by id). */
  edit?:
    { recordId: string; baseVersion: number; reason: string | null; reachedOther: Record<string, number> } | undefined;
  refusal?: { code: string; vi: string; en: string; fields: { path: string; vi: string; en: string }[] } | undefined;
}

export interface SentRecord {
  clientId: string;
  recordId: string;
  summary: string;
  sentAt: string;
}

interface FieldDB extends DBSchema {
  meta: { key: string; value: Meta };
  queue: { key: string; value: QueuedRecord };
  sent: { key: string; value: SentRecord };
}

export const DB_PREFIX = 'pcmbn-thuc-dia-';
/** Which officer's database this browser opens (not secret: an id). */
const CURRENT_KEY = 'pcmbn-thuc-dia-user';

export function currentUserId(): string | null {
  return localStorage.getItem(CURRENT_KEY);
}

export class FieldStore {
  private constructor(
    readonly userId: string,
    private readonly db: IDBPDatabase<FieldDB>,
  ) {}

  static async open(userId: string): Promise<FieldStore> {
    const db = await openDB<FieldDB>(DB_PREFIX + userId, 1, {
      upgrade(d) {
        d.createObjectStore('meta');
        d.createObjectStore('queue', { keyPath: 'clientId' });
        d.createObjectStore('sent', { keyPath: 'clientId' });
      },
    });
    localStorage.setItem(CURRENT_KEY, userId);
    return new FieldStore(userId, db);
  }

  async meta(): Promise<Meta | undefined> {
    return this.db.get('meta', 'meta');
  }
  async setMeta(meta: Meta): Promise<void> {
    await this.db.put('meta', meta, 'meta');
  }
  async queue(): Promise<QueuedRecord[]> {
    return this.db.getAll('queue');
  }
  async put(item: QueuedRecord): Promise<void> {
    await this.db.put('queue', item);
  }
  async remove(clientId: string): Promise<void> {
    await this.db.delete('queue', clientId);
  }
  /** Fully sent: out of the queue and into the list of what was sent, in one transaction. */
  async markSent(item: QueuedRecord, summary: string): Promise<void> {
    const tx = this.db.transaction(['queue', 'sent'], 'readwrite');
    await Promise.all([
      tx.objectStore('queue').delete(item.clientId),
      tx
        .objectStore('sent')
        .put({ clientId: item.clientId, recordId: item.recordId ?? '', summary, sentAt: new Date().toISOString() }),
      tx.done,
    ]);
  }
  async sentCount(): Promise<number> {
    return this.db.count('sent');
  }

  /** Deletes everything of this officer on the device. */
  async wipe(): Promise<void> {
    this.db.close();
    await deleteDB(DB_PREFIX + this.userId);
    if (localStorage.getItem(CURRENT_KEY) === this.userId) localStorage.removeItem(CURRENT_KEY);
  }
}
