import { z } from 'zod';
import type { DbClient } from '../db/client.js';

/**
 * The versions of what the public site shows, one per kind of entity, bumped by triggers in the same transaction as
 * the change (prisma/migrations/20261204203515_public_version). Readers poll them: the public app keeps each page it
 * rendered until a kind the page depends on moves, and the search index is rebuilt when 'content' or 'contacts'
 * (the hotline written into the texts) moves.
 */
export const PUBLIC_KINDS = ['content', 'contacts', 'areas', 'agencies', 'plans', 'progress'] as const;
export type PublicKind = (typeof PUBLIC_KINDS)[number];

export const PublicVersionsSchema = z.record(z.enum(PUBLIC_KINDS), z.string());
export type PublicVersions = z.infer<typeof PublicVersionsSchema>;

// A poll every few hundred ms from each public replica, and every search, read the same row set: one query per
// interval however many ask, so a flood of readers costs PostgreSQL nothing more.
const FRESH_MS = 100;
const memo = new WeakMap<DbClient, { at: number; value: Promise<PublicVersions> }>();

async function readVersions(db: DbClient): Promise<PublicVersions> {
  const rows = await db.publicVersion.findMany({ select: { kind: true, version: true } });
  const versions = Object.fromEntries(PUBLIC_KINDS.map((kind) => [kind, '0'])) as PublicVersions;
  for (const row of rows) {
    if ((PUBLIC_KINDS as readonly string[]).includes(row.kind)) versions[row.kind as PublicKind] = String(row.version);
  }
  return versions;
}

export function publicVersions(db: DbClient, now = Date.now()): Promise<PublicVersions> {
  const hit = memo.get(db);
  if (hit && now - hit.at < FRESH_MS) return hit.value;
  const value = readVersions(db);
  memo.set(db, { at: now, value });
  value.catch(() => {
    if (memo.get(db)?.value === value) memo.delete(db);
  });
  return value;
}
