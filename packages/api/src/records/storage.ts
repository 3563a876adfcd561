import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeFileStore } from '../server/file-store.js';

/**
 * Files kept on disk: record attachments and import files waiting for their preview/confirm. The folder comes from
 * PCMBN_UPLOAD_DIR (read at each call, so tests point it at a temp folder) and defaults to <repo>/.data/uploads,
 * beside the embedded database. Paths stored in the database are relative to it, so the folder can move.
 * Inside an API request the files go to the server's shared store instead (PostgreSQL by default, so every replica
 * sees them: src/server/file-store.ts), under the same relative paths; reads fall back to the folder.
 */

// src/records/storage.ts and dist/records/storage.js are both four levels below the repository root.
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function uploadRoot(): string {
  return resolve(process.env.PCMBN_UPLOAD_DIR || join(REPO_ROOT, '.data', 'uploads'));
}

/** Largest accepted upload in bytes: PCMBN_MAX_UPLOAD_MB (default 10). */
export function maxUploadBytes(): number {
  const mb = Number(process.env.PCMBN_MAX_UPLOAD_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : 10) * 1024 * 1024);
}

export const ATTACHMENT_TYPES = {
  'image/jpeg': { ext: 'jpg', label: 'ảnh JPEG' },
  'image/png': { ext: 'png', label: 'ảnh PNG' },
  'image/webp': { ext: 'webp', label: 'ảnh WebP' },
  'application/pdf': { ext: 'pdf', label: 'tệp PDF' },
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

/**
 * The type of a file from its first bytes. The extension and the browser's Content-Type are the sender's word;
 * the magic bytes are what a viewer will actually interpret.
 */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentMime | undefined {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return undefined;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Never let a stored path leave the upload folder, whatever the database says. */
function inside(relative: string): string {
  const root = uploadRoot();
  const full = resolve(root, relative);
  if (!full.startsWith(root + sep)) throw new Error('storage path outside the upload folder');
  return full;
}

/** Writes an attachment's bytes; returns its path relative to the upload folder. */
export async function storeAttachment(bytes: Uint8Array, mime: AttachmentMime): Promise<string> {
  const now = new Date();
  const relative = join('attachments', String(now.getUTCFullYear()), `${randomUUID()}.${ATTACHMENT_TYPES[mime].ext}`);
  const full = inside(relative);
  const store = activeFileStore();
  if (store) {
    await store.put(relative.split(sep).join('/'), bytes);
    return relative.split(sep).join('/');
  }
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, bytes, { flag: 'wx' });
  return relative;
}

/** A stored file's bytes (the shared store first, then the folder), or undefined when it is gone. */
export async function readStoredFile(relative: string): Promise<Buffer | undefined> {
  const full = inside(relative);
  const stored = await activeFileStore()?.get(relative);
  if (stored) return stored.bytes;
  return readFile(full).catch(() => undefined);
}

export async function removeStoredFile(relative: string): Promise<void> {
  const full = inside(relative);
  await activeFileStore()?.remove([relative]);
  await rm(full, { force: true });
}

// Import files: kept per user until confirmed (or for a day), so only their uploader can import them.
const IMPORT_ID = /^[0-9a-f-]{36}$/;
const IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

function importDir(userId: string): string {
  return inside(join('imports', userId));
}

const importPrefix = (userId: string) => `imports/${userId}/`;

export async function storeImportFile(userId: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const dir = importDir(userId);
  const store = activeFileStore();
  if (store) {
    await store.removeOlder(importPrefix(userId), new Date(Date.now() - IMPORT_TTL_MS));
    const id = randomUUID();
    await store.put(`${importPrefix(userId)}${id}`, bytes, fileName);
    return id;
  }
  await mkdir(dir, { recursive: true });
  await pruneOldImports(dir);
  const id = randomUUID();
  await writeFile(join(dir, `${id}.bin`), bytes, { flag: 'wx' });
  await writeFile(join(dir, `${id}.json`), JSON.stringify({ fileName }), { flag: 'wx' });
  return id;
}

export async function readImportFile(
  userId: string,
  uploadId: string,
): Promise<{ fileName: string; bytes: Buffer } | undefined> {
  if (!IMPORT_ID.test(uploadId)) return undefined;
  const dir = importDir(userId);
  const stored = await activeFileStore()?.get(`${importPrefix(userId)}${uploadId}`);
  if (stored) return { fileName: stored.fileName ?? 'tep-nhap', bytes: stored.bytes };
  try {
    const meta = JSON.parse(await readFile(join(dir, `${uploadId}.json`), 'utf8')) as { fileName: string };
    return { fileName: meta.fileName, bytes: await readFile(join(dir, `${uploadId}.bin`)) };
  } catch {
    return undefined;
  }
}

export async function removeImportFile(userId: string, uploadId: string): Promise<void> {
  if (!IMPORT_ID.test(uploadId)) return;
  const dir = importDir(userId);
  await activeFileStore()?.remove([`${importPrefix(userId)}${uploadId}`]);
  await Promise.all([
    rm(join(dir, `${uploadId}.bin`), { force: true }),
    rm(join(dir, `${uploadId}.json`), { force: true }),
  ]);
}

/** Bytes of import files a user has pending (uploaded in the last 24 hours, not yet imported), and when the
 *  oldest of them expires (frees its share of the quota). */
export async function pendingImportUsage(userId: string): Promise<{ bytes: number; oldestExpiresAt: Date | null }> {
  const dir = importDir(userId);
  await pruneOldImports(dir);
  let bytes = 0;
  let oldest = Infinity;
  const store = activeFileStore();
  if (store) {
    await store.removeOlder(importPrefix(userId), new Date(Date.now() - IMPORT_TTL_MS));
    for (const entry of await store.list(importPrefix(userId))) {
      bytes += entry.size;
      oldest = Math.min(oldest, entry.createdAt.getTime());
    }
  }
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.bin')) continue;
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (!info) continue;
    bytes += info.size;
    oldest = Math.min(oldest, info.mtimeMs);
  }
  return { bytes, oldestExpiresAt: Number.isFinite(oldest) ? new Date(oldest + IMPORT_TTL_MS) : null };
}

async function pruneOldImports(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const full = join(dir, name);
    const info = await stat(full).catch(() => undefined);
    if (info && now - info.mtimeMs > IMPORT_TTL_MS) await rm(full, { force: true });
  }
}
