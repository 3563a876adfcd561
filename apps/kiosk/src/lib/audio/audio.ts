/**
 * Spoken audio of articles and quiz questions (the listen button): listed in the bundle, fetched from the API
 * (kiosk.audio, base64 in JSON through the kiosk's same-origin /api door) and kept in a cache of its own right after
 * each sync, so it plays with the cable pulled. The service worker answers the same URLs from that cache.
 */
import type { Bundle } from '../types';

export const AUDIO_CACHE = 'pcmbn-kiosk-audio';
export type AudioEntry = Bundle['audio'][number];

/** The one URL an audio file is fetched and cached under. */
export function audioUrl(id: string): string {
  return `/api/trpc/kiosk.audio?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`;
}

export function audioFor(
  bundle: Bundle | null,
  kind: AudioEntry['kind'],
  slug: string,
  lang: string,
  part: string,
): AudioEntry | undefined {
  return (bundle?.audio ?? []).find((a) => a.kind === kind && a.slug === slug && a.lang === lang && a.part === part);
}

/** Fetches what the bundle lists and is not cached yet; forgets files the bundle no longer lists. */
export async function cacheAudio(bundle: Bundle): Promise<void> {
  if (!('caches' in globalThis)) return;
  try {
    const cache = await caches.open(AUDIO_CACHE);
    const wanted = new Set((bundle.audio ?? []).map((a) => new URL(audioUrl(a.id), location.origin).href));
    for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
    for (const url of wanted) {
      if (await cache.match(url)) continue;
      const res = await fetch(url);
      if (res.ok) await cache.put(url, res);
    }
  } catch {
    /* best effort: tried again after the next sync */
  }
}

/** The audio's bytes: from the cache, or the network when it is not cached yet. */
export async function audioBytes(id: string): Promise<ArrayBuffer> {
  const url = audioUrl(id);
  const cached = 'caches' in globalThis ? await (await caches.open(AUDIO_CACHE)).match(url) : undefined;
  const res = cached ?? (await fetch(url));
  if (!res.ok) throw new Error(`audio ${res.status}`);
  const body = (await res.json()) as { result?: { data?: { json?: { mimeType: string; base64: string } } } };
  const file = body.result?.data?.json;
  if (!file) throw new Error('audio: unexpected answer');
  return Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)).buffer;
}
