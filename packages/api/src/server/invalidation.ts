/**
 * What a committed mutation makes stale in the public cache, told by its audit entries (the one list of what
 * changed), and what each public answer was computed from. Kept side by side so that the two stay in step.
 */
import type { AuditEntry } from '../auth/audit.js';
import type { Db, DbClient } from '../db/client.js';
import { ALL } from './public-cache.js';

/**
 * Tags of a public.* answer (and map.province). planProgress and the province map name the plans it shows (a record of one plan drops that plan's figures
 * only) and 'plans' (a plan published, changed or withdrawn in the province); areas and successions 'areas';
 * everything else reads content, contacts, hotlines or agencies: 'content'.
 */
export function tagsOfPublicAnswer(path: string, data: unknown): string[] {
  switch (path) {
    case 'public.planProgress':
    case 'map.province': {
      const plans = (data as { plans?: { id: string }[] } | undefined)?.plans ?? [];
      return ['plans', 'areas', ...plans.map((plan) => `plan:${plan.id}`)];
    }
    case 'public.provinces':
    case 'public.areaStructures':
    case 'public.areaSuccessors':
      return ['areas'];
    default:
      return ['content', 'areas'];
  }
}

/**
 * The public procedures whose answers the tags above describe (they go through `publicCached`). Only these are kept
 * as prepared bytes (src/server/prepared.ts): any other public.* GET — `public.version`, which must move the moment a
 * change commits, or a procedure added later — is answered by tRPC every time.
 */
export const TAGGED_PUBLIC_PROCEDURES: ReadonlySet<string> = new Set([
  'public.home',
  'public.articles',
  'public.article',
  'public.search',
  'public.events',
  'public.provinces',
  'public.areaStructures',
  'public.areaSuccessors',
  'public.planProgress',
  'public.contacts',
]);

/** Entities whose change no public answer shows: sessions, sign-ins, users, kiosks, reports, imports' summaries. */
const PRIVATE_ENTITIES = new Set([
  'auth',
  'session',
  'user',
  'kiosk',
  'attachment',
  'report',
  'report_submission',
  'recordImport',
  'silent',
]);
const CONTENT_ENTITIES = new Set(['content', 'contact', 'hotline', 'agency']);

/**
 * The tags a committed mutation drops. Records are looked up for their plans (after the commit: a deleted record is
 * gone, and then every plan's figures are dropped rather than guessing); an entity this list does not know drops
 * everything — a new kind of change is never left stale by omission.
 */
export async function changedTags(db: Db | DbClient, path: string, entries: readonly AuditEntry[]): Promise<string[]> {
  const defaultEntity = path.split('.')[0] ?? path;
  const tags = new Set<string>();
  const recordIds: string[] = [];
  for (const entry of entries.length > 0 ? entries : [{}]) {
    const entity = entry.entity ?? defaultEntity;
    if (PRIVATE_ENTITIES.has(entity)) continue;
    if (CONTENT_ENTITIES.has(entity)) tags.add('content');
    else if (entity === 'plan') {
      tags.add('plans');
      if (entry.entityId) tags.add(`plan:${entry.entityId}`);
    } else if (entity === 'record' && entry.entityId) recordIds.push(entry.entityId);
    else if (entity === 'record') tags.add('plans');
    else return [ALL];
  }
  if (recordIds.length > 0) {
    const unique = [...new Set(recordIds)];
    try {
      const rows = await db.activityRecord.findMany({
        where: { id: { in: unique } },
        select: { planId: true },
        distinct: ['planId'],
      });
      for (const row of rows) tags.add(`plan:${row.planId}`);
      const found = await db.activityRecord.count({ where: { id: { in: unique } } });
      if (found < unique.length) tags.add('plans');
    } catch {
      tags.add('plans');
    }
  }
  return [...tags];
}
