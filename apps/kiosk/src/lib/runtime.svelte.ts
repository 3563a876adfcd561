/**
 * The kiosk's state and its background work: pairing, content sync, heartbeat, usage upload, and the session of
 * the person at the screen (language, quiz answers) that is forgotten after a pause.
 */
import { goto } from '$app/navigation';
import { version } from '$app/environment';
import type { Language } from '@pcmbn/domain';
import { isUnauthorized, kioskApi } from './api';
import { loadSettings, type KioskSettings } from './settings';
import { cacheAudio } from './audio/audio';
import type { KioskMessage } from './fleet/messages';
import { captureScreen } from './fleet/screenshot';
import {
  clearPairing,
  forgetDevice,
  getBundle,
  getMessages,
  getPairing,
  getToken,
  setBundle,
  setMessages,
  setPairing,
  setToken,
} from './storage';
import type { Bundle } from './types';
import { flushOutbox, recordUsage } from './usage';

export const MEDIA_CACHE = 'pcmbn-kiosk-media';

export interface QuizState {
  index: number;
  answers: Record<string, string>;
  finished: boolean;
}
const freshQuiz = (): QuizState => ({ index: 0, answers: {}, finished: false });

class Kiosk {
  phase = $state<'loading' | 'pairing' | 'syncing' | 'ready'>('loading');
  bundle = $state.raw<Bundle | null>(null);
  pairing = $state<{ code: string; expiresAt: string } | null>(null);
  /** The last call to the API failed for want of a network (or the server). */
  offline = $state(false);
  lang = $state<Language>('vi');
  /** Emergency messages from the last heartbeat (fleet/EmergencyBanner.svelte shows those in force). */
  messages = $state.raw<KioskMessage[]>([]);
  sessionActive = $state(false);
  quiz = $state<QuizState>(freshQuiz());
  settings: KioskSettings = {
    idleSeconds: 90,
    batchSize: 500,
    syncSeconds: 300,
    heartbeatSeconds: 180,
    pollSeconds: 2,
  };
  token: string | null = null;
  /** A newer bundle that arrived during a session: shown from the next session on. */
  private waitingBundle: Bundle | null = null;
  private timers: ReturnType<typeof setInterval>[] = [];
  private started = false;

  async start(url: URL) {
    if (this.started) return;
    this.started = true;
    this.settings = loadSettings(url);
    this.token = await getToken();
    if (!this.token) {
      this.phase = 'pairing';
      void this.pairLoop();
      return;
    }
    this.bundle = await getBundle();
    this.messages = await getMessages();
    this.phase = this.bundle ? 'ready' : 'syncing';
    this.runLoops();
  }

  private async pairLoop() {
    const api = kioskApi(null);
    while (!this.token) {
      try {
        let pending = await getPairing();
        if (!pending || new Date(pending.expiresAt).getTime() <= Date.now()) {
          const r = await api.kiosk.requestPairing.mutate();
          pending = { code: r.code, secret: r.secret, expiresAt: r.expiresAt.toISOString() };
          await setPairing(pending);
        }
        this.pairing = { code: pending.code, expiresAt: pending.expiresAt };
        const status = await api.kiosk.pairingStatus.mutate({ secret: pending.secret });
        this.offline = false;
        if (status.status === 'paired') {
          await setToken(status.token);
          this.token = status.token;
          this.pairing = null;
          this.phase = 'syncing';
          this.runLoops();
          return;
        }
        if (status.status === 'expired') {
          await clearPairing();
          continue;
        }
      } catch {
        this.offline = true;
      }
      await new Promise((r) => setTimeout(r, this.settings.pollSeconds * 1000));
    }
  }

  private runLoops() {
    const every = (seconds: number, fn: () => void) => this.timers.push(setInterval(fn, seconds * 1000));
    void this.sync();
    void this.heartbeat();
    void this.flush();
    every(this.settings.syncSeconds, () => void this.sync());
    every(this.settings.heartbeatSeconds, () => void this.heartbeat());
    // The outbox is small work when empty; retrying often keeps "offline then back" quick.
    every(3, () => void this.flush());
    // Until the first bundle arrives, keep asking.
    every(5, () => {
      if (!this.bundle) void this.sync();
    });
    addEventListener('online', this.onOnline);
  }

  private onOnline = () => {
    void this.sync();
    void this.heartbeat();
    void this.flush();
  };

  private stopLoops() {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    removeEventListener('online', this.onOnline);
  }

  /** Revoked by an officer: forget everything and show a new pairing code. */
  private async revoked() {
    // Several calls may learn it at once; forget and start pairing only once.
    if (!this.token) return;
    this.token = null;
    this.stopLoops();
    await forgetDevice();
    this.bundle = null;
    this.messages = [];
    this.phase = 'pairing';
    void this.pairLoop();
  }

  async sync() {
    if (!this.token) return;
    try {
      const res = await kioskApi(this.token).kiosk.bundle.query({ ...(this.bundle ? { etag: this.bundle.etag } : {}) });
      this.offline = false;
      if (res.notModified) return;
      await setBundle(res.bundle);
      void cacheMedia(res.bundle);
      void cacheAudio(res.bundle);
      if (this.sessionActive && this.bundle) this.waitingBundle = res.bundle;
      else this.bundle = res.bundle;
      this.phase = 'ready';
    } catch (error) {
      if (isUnauthorized(error)) await this.revoked();
      else this.offline = true;
    }
  }

  /**
   * Tells the server the kiosk is alive and takes its orders: emergency messages, a reload (delivered once), and a
   * screenshot when one is due (at most hourly), sent at once with a second heartbeat.
   */
  async heartbeat(screenshot?: string) {
    if (!this.token) return;
    try {
      const res = await kioskApi(this.token).kiosk.heartbeat.mutate({
        contentVersion: this.bundle?.version ?? null,
        appVersion: version,
        ...(screenshot ? { screenshot } : {}),
      });
      this.offline = false;
      const messages = res.messages.map((m) => ({ id: m.id, text: m.text, expiresAt: m.expiresAt.toISOString() }));
      this.messages = messages;
      await setMessages(messages);
      if (res.reload) {
        location.reload();
        return;
      }
      if (this.bundle && res.contentVersion !== this.bundle.version) void this.sync();
      if (res.screenshotDue && !screenshot && this.phase === 'ready') {
        const shot = await captureScreen();
        if (shot) await this.heartbeat(shot);
      }
    } catch (error) {
      if (isUnauthorized(error)) await this.revoked();
      else this.offline = true;
    }
  }

  async flush() {
    if (!this.token) return;
    const outcome = await flushOutbox(this.token, this.settings.batchSize);
    if (outcome === 'unauthorized') await this.revoked();
    else if (outcome === 'offline') this.offline = true;
  }

  /** A villager touched "start". */
  async beginSession() {
    this.sessionActive = true;
    await recordUsage('session', { lang: this.lang });
    void this.flush();
  }

  pageViewed(path: string) {
    if (!this.sessionActive) return;
    void recordUsage('page_view', { page: path.slice(0, 100), lang: this.lang });
  }

  quizCompleted(score: number, total: number) {
    void recordUsage('quiz_completed', { score, total, lang: this.lang }).then(() => this.flush());
  }

  /** Nobody touched the screen for a while: the next person must find nothing of the last one. */
  async forgetSession() {
    this.sessionActive = false;
    this.quiz = freshQuiz();
    this.lang = 'vi';
    if (this.waitingBundle) {
      this.bundle = this.waitingBundle;
      this.waitingBundle = null;
    }
    try {
      // SvelteKit keeps scroll positions and snapshots per history entry here.
      sessionStorage.clear();
    } catch {
      /* storage unavailable: nothing kept either */
    }
    (document.activeElement as HTMLElement | null)?.blur?.();
    await goto('/', { replaceState: true, noScroll: false });
    scrollTo(0, 0);
  }
}

export const kiosk = new Kiosk();

async function cacheMedia(bundle: Bundle) {
  if (!('caches' in globalThis) || bundle.media.length === 0) return;
  try {
    const cache = await caches.open(MEDIA_CACHE);
    for (const m of bundle.media) if (!(await cache.match(m.url))) await cache.add(m.url);
  } catch {
    /* best effort: tried again with the next bundle check */
  }
}
