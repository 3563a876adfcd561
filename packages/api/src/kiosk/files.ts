/**
 * Kiosk screenshots and content audio in the file store (src/server/file-store.ts: PostgreSQL by default, so every
 * replica reads them; the upload folder without a store), by path.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { activeFileStore } from '../server/file-store.js';
import { uploadRoot } from '../records/storage.js';

function onDisk(path: string): string {
  const root = uploadRoot();
  const full = resolve(root, path);
  if (!full.startsWith(root + sep)) throw new Error('storage path outside the upload folder');
  return full;
}

/** Stores bytes under `folder/<random>.<ext>`; returns the path. */
export async function putFile(folder: string, ext: string, bytes: Uint8Array): Promise<string> {
  const path = `${folder}/${randomUUID()}.${ext}`;
  const store = activeFileStore();
  if (store) {
    await store.put(path, bytes);
    return path;
  }
  const full = onDisk(path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, bytes, { flag: 'wx' });
  return path;
}

export async function getFile(path: string): Promise<Buffer | undefined> {
  const stored = await activeFileStore()?.get(path);
  if (stored) return stored.bytes;
  return readFile(onDisk(path)).catch(() => undefined);
}

export async function removeFiles(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  await activeFileStore()?.remove(paths);
  for (const p of paths) await rm(onDisk(p), { force: true });
}
