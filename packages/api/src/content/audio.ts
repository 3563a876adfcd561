import { todayInHoChiMinh } from '@pcmbn/domain';
/**
 * Spoken audio for the kiosk's "Nghe" (listen) button (issue 16 item 13), made when content is published: espeak-ng
 * (Debian package `espeak-ng`) reads an article (title, summary, body) or each quiz question with its answers.
 * espeak-ng 1.51 has Vietnamese voices and no Khmer one, so Khmer (and English) items get audio only from a
 * recording an officer uploads; a recording is never replaced by a new publish. Without espeak-ng on the server,
 * publishing works as before and the item simply has no generated audio (the admin's kiosk page says so).
 *
 * espeak-ng writes 16-bit PCM at 22,050 Hz; it is stored as 8-bit PCM at 11,025 Hz, a quarter of the size (a
 * formant voice carries nothing above 5 kHz), so a two-minute article is about 1.3 MB on a kiosk's disk.
 */
import { spawn } from 'node:child_process';
import type { DbClient } from '../db/client.js';
import type { Content } from '../generated/prisma/client.js';
import { getFile, putFile, removeFiles } from '../kiosk/files.js';
import { nationalHotlineOn, substituteHotline } from './hotline.js';
import { markdownToText } from './markdown.js';

/** espeak-ng voices per content language; a language not listed has no generated audio. */
export const TTS_VOICES: Partial<Record<string, string>> = { vi: 'vi' };
const ESPEAK = process.env.PCMBN_ESPEAK || 'espeak-ng';
const MAX_TEXT = 20_000;

let available: Promise<boolean> | undefined;
/** Is espeak-ng installed here? Asked once per process. */
export function ttsAvailable(): Promise<boolean> {
  available ??= new Promise((done) => {
    const child = spawn(ESPEAK, ['--version'], { stdio: 'ignore' });
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0));
  });
  return available;
}

/** For tests: forget what was found. */
export function resetTtsProbe(): void {
  available = undefined;
}

interface QuizData {
  questions?: { id: string; text: string; choices?: { id: string; text: string }[] }[];
}

/** What is read aloud: 'body' for an article, one part per quiz question (question, then its answers). */
export function speechParts(row: Pick<Content, 'kind' | 'title' | 'summary' | 'body' | 'data'>): {
  part: string;
  text: string;
}[] {
  if (row.kind === 'article') {
    const text = [row.title, row.summary ?? '', markdownToText(row.body)].filter(Boolean).join('.\n');
    return [{ part: 'body', text }];
  }
  if (row.kind === 'quiz') {
    return (
      ((row.data ?? {}) as QuizData).questions?.map((q) => ({
        part: q.id,
        text: [q.text, ...(q.choices ?? []).map((c) => `${c.id.toUpperCase()}. ${c.text}`)].join('.\n'),
      })) ?? []
    );
  }
  return [];
}

/** The text spoken in `voice`, as an 8-bit 11,025 Hz WAV; null when espeak-ng is missing or fails. */
export async function synthesize(text: string, voice: string): Promise<Uint8Array | null> {
  if (!(await ttsAvailable())) return null;
  const wav = await new Promise<Buffer | null>((done) => {
    const child = spawn(ESPEAK, ['-v', voice, '-s', '145', '--stdout'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => done(null));
    child.on('close', (code) => done(code === 0 ? Buffer.concat(chunks) : null));
    child.stdin.end(text.slice(0, MAX_TEXT));
  });
  return wav ? shrinkWav(wav) : null;
}

/** 16-bit mono PCM WAV → 8-bit mono PCM WAV at half the rate (pairs of samples averaged). */
export function shrinkWav(wav: Buffer): Uint8Array | null {
  if (wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE') return null;
  let offset = 12;
  let rate = 22_050;
  let bits = 16;
  let channels = 1;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('latin1', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      channels = wav.readUInt16LE(body + 2);
      rate = wav.readUInt32LE(body + 4);
      bits = wav.readUInt16LE(body + 14);
    } else if (id === 'data') {
      if (bits !== 16 || channels !== 1) return null;
      // espeak-ng writing to a pipe cannot go back to fill in the size: read to the end.
      const end = Math.min(wav.length, size > 0 && size < 0x7fff0000 ? body + size : wav.length);
      const samples = Math.floor((end - body) / 2);
      const out = Buffer.alloc(44 + Math.floor(samples / 2));
      for (let i = 0; i + 1 < samples; i += 2) {
        const mean = (wav.readInt16LE(body + i * 2) + wav.readInt16LE(body + i * 2 + 2)) / 2;
        out[44 + i / 2] = Math.max(0, Math.min(255, Math.round(mean / 256) + 128));
      }
      const half = Math.floor(rate / 2);
      out.write('RIFF', 0, 'latin1');
      out.writeUInt32LE(out.length - 8, 4);
      out.write('WAVEfmt ', 8, 'latin1');
      out.writeUInt32LE(16, 16);
      out.writeUInt16LE(1, 20); // PCM
      out.writeUInt16LE(1, 22); // mono
      out.writeUInt32LE(half, 24);
      out.writeUInt32LE(half, 28); // bytes per second
      out.writeUInt16LE(1, 32); // block align
      out.writeUInt16LE(8, 34);
      out.write('data', 36, 'latin1');
      out.writeUInt32LE(out.length - 44, 40);
      return out;
    }
    offset = body + size + (size % 2);
  }
  return null;
}

export type AudioOutcome = 'generated' | 'no_voice' | 'tts_missing' | 'nothing_to_read';

/**
 * Makes the published row's audio afresh (its text may have changed): every generated part is replaced, recordings
 * an officer uploaded are kept. Runs inside the publish transaction; the files go to the store at once and a
 * rolled-back publish leaves only unreferenced files behind.
 */
export async function generateAudio(db: DbClient, row: Content, now = new Date()): Promise<AudioOutcome> {
  const voice = TTS_VOICES[row.lang];
  const parts = speechParts(row);
  if (parts.length === 0) return 'nothing_to_read';
  if (!voice) return 'no_voice';
  if (!(await ttsAvailable())) return 'tts_missing';
  const hotline = (await nationalHotlineOn(db, todayInHoChiMinh(now))) ?? '';
  const existing = await db.contentAudio.findMany({ where: { contentId: row.id } });
  const uploaded = new Set(existing.filter((a) => a.source === 'upload').map((a) => a.part));
  const stale = existing.filter((a) => a.source !== 'upload');
  await db.contentAudio.deleteMany({ where: { id: { in: stale.map((a) => a.id) } } });
  let made = 0;
  for (const { part, text } of parts) {
    if (uploaded.has(part)) continue;
    const bytes = await synthesize(substituteHotline(text, hotline), voice);
    if (!bytes) continue;
    const path = await putFile(`content-audio/${row.id}`, 'wav', bytes);
    await db.contentAudio.create({
      data: { contentId: row.id, part, path, source: 'espeak', mimeType: 'audio/wav', size: bytes.byteLength },
    });
    made++;
  }
  await removeFiles(stale.map((a) => a.path));
  return made > 0 ? 'generated' : 'tts_missing';
}

/** Audio types an officer may upload, by their first bytes. */
export function sniffAudio(bytes: Uint8Array): { mime: string; ext: string } | undefined {
  const at = (offset: number, text: string) => [...text].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));
  if (at(0, 'RIFF') && at(8, 'WAVE')) return { mime: 'audio/wav', ext: 'wav' };
  if (at(0, 'OggS')) return { mime: 'audio/ogg', ext: 'ogg' };
  if (at(0, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0))
    return { mime: 'audio/mpeg', ext: 'mp3' };
  if (at(4, 'ftyp')) return { mime: 'audio/mp4', ext: 'm4a' };
  return undefined;
}

/** An officer's recording for one part of a content item: replaces what was there (generated or uploaded). */
export async function storeUploadedAudio(db: DbClient, contentId: string, part: string, bytes: Uint8Array) {
  const kind = sniffAudio(bytes);
  if (!kind) return null;
  const path = await putFile(`content-audio/${contentId}`, kind.ext, bytes);
  const old = await db.contentAudio.findUnique({ where: { contentId_part: { contentId, part } } });
  const row = await db.contentAudio.upsert({
    where: { contentId_part: { contentId, part } },
    create: { contentId, part, path, source: 'upload', mimeType: kind.mime, size: bytes.byteLength },
    update: { path, source: 'upload', mimeType: kind.mime, size: bytes.byteLength, createdAt: new Date() },
  });
  if (old) await removeFiles([old.path]);
  return row;
}

export async function readAudio(db: DbClient, id: string) {
  const row = await db.contentAudio.findUnique({ where: { id }, include: { content: { select: { status: true } } } });
  if (!row || row.content.status !== 'published') return null;
  const bytes = await getFile(row.path);
  return bytes ? { bytes, mimeType: row.mimeType } : null;
}
