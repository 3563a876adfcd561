import {
  recordChanges,
  type RecordChange,
  type RecordContent,
  type RecordEventAction,
  type Reached,
} from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import type { Prisma, ActivityRecord as RecordRow } from '../generated/prisma/client.js';
import type { PlanContext } from './access.js';
import type { RecordHistoryEntry } from './schemas.js';

/**
 * A record's history (RecordEvent) and its authorship (ActivityRecord.editorIds, submittedById), written in the
 * same transaction as the change. Four eyes (domain approvalRefusal) reads the authorship; people read the history
 * on the record page (record.get → `history`).
 */

export function contentOf(
  row: Pick<RecordRow, 'activityId' | 'type' | 'date' | 'areaCode' | 'quantity' | 'reached' | 'note' | 'agencyId'>,
): RecordContent {
  return {
    activityId: row.activityId,
    type: row.type,
    date: fromDbDate(row.date),
    areaCode: row.areaCode,
    quantity: row.quantity,
    reached: (row.reached as Reached | null) ?? null,
    note: row.note,
    agencyId: row.agencyId,
  };
}

/** `editorIds` with `userId` added (once, at the end). */
export function withEditor(editorIds: readonly string[] | null | undefined, userId: string): string[] {
  const ids = [...(editorIds ?? [])];
  return ids.includes(userId) ? ids : [...ids, userId];
}

export interface EventInput {
  recordId: string;
  action: RecordEventAction;
  userId: string | null;
  version: number | null;
  changes?: RecordChange[] | null;
  reason?: string | null;
  at?: Date;
}

function eventData(e: EventInput): Prisma.RecordEventCreateManyInput {
  return {
    recordId: e.recordId,
    action: e.action,
    userId: e.userId,
    version: e.version,
    ...(e.changes && e.changes.length > 0 ? { changes: e.changes as unknown as Prisma.InputJsonValue } : {}),
    reason: e.reason ?? null,
    ...(e.at ? { at: e.at } : {}),
  };
}

export async function recordEvents(db: DbClient, events: EventInput[]): Promise<void> {
  if (events.length > 0) await db.recordEvent.createMany({ data: events.map(eventData) });
}

/** An edit: the history row with what changed, and the editor added to the record's authors. */
export async function recordEdit(db: DbClient, before: RecordRow, after: RecordRow, userId: string): Promise<void> {
  await recordEvents(db, [
    {
      recordId: after.id,
      action: 'edited',
      userId,
      version: after.version,
      changes: recordChanges(contentOf(before), contentOf(after)),
    },
  ]);
}

/** An attachment added or removed: content the approver will look at, so its author is one of the record's. */
export async function recordAttachmentChange(
  db: DbClient,
  recordId: string,
  userId: string,
  change: { added: string } | { removed: string },
): Promise<void> {
  const row = await db.activityRecord.findUniqueOrThrow({
    where: { id: recordId },
    select: { editorIds: true, version: true },
  });
  await db.activityRecord.update({ where: { id: recordId }, data: { editorIds: withEditor(row.editorIds, userId) } });
  const added = 'added' in change;
  await recordEvents(db, [
    {
      recordId,
      action: added ? 'attachment_added' : 'attachment_removed',
      userId,
      version: row.version,
      changes: [
        added
          ? { field: 'attachment', from: null, to: change.added }
          : { field: 'attachment', from: change.removed, to: null },
      ],
    },
  ]);
}

/** The record's history, oldest first, with people's names and the names of areas and activities changed. */
export async function historyOf(db: DbClient, recordId: string, ctx: PlanContext): Promise<RecordHistoryEntry[]> {
  const rows = await db.recordEvent.findMany({
    where: { recordId },
    orderBy: [{ at: 'asc' }, { version: 'asc' }],
    include: { user: { select: { displayName: true } } },
  });
  const agencyIds = new Set<string>();
  for (const row of rows)
    for (const c of (row.changes as RecordChange[] | null) ?? [])
      if (c.field === 'agencyId') for (const v of [c.from, c.to]) if (typeof v === 'string') agencyIds.add(v);
  const agencies = agencyIds.size
    ? new Map(
        (await db.agency.findMany({ where: { id: { in: [...agencyIds] } }, select: { id: true, name: true } })).map(
          (a) => [a.id, a.name],
        ),
      )
    : new Map<string, string>();
  const nameOf = (field: RecordChange['field'], value: RecordChange['from']): string | null => {
    if (typeof value !== 'string') return null;
    if (field === 'areaCode') return ctx.index.get(value)?.name ?? null;
    if (field === 'activityId') return ctx.plan.activities.find((a) => a.id === value)?.title ?? null;
    if (field === 'agencyId') return agencies.get(value) ?? null;
    return null;
  };
  return rows.map((row) => ({
    action: row.action,
    at: row.at,
    userId: row.userId,
    userName: row.user?.displayName ?? null,
    version: row.version,
    reason: row.reason,
    changes: ((row.changes as RecordChange[] | null) ?? []).map((c) => {
      const fromName = nameOf(c.field, c.from);
      const toName = nameOf(c.field, c.to);
      return {
        field: c.field,
        from: c.from,
        to: c.to,
        ...(fromName !== null ? { fromName } : {}),
        ...(toName !== null ? { toName } : {}),
      };
    }),
  }));
}
