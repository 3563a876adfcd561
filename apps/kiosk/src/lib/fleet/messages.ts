/** Emergency messages from the heartbeat: kept across reloads and power cuts, shown until they expire. */
import type { Lang } from '../types';

export interface KioskMessage {
  id: string;
  text: { vi: string; en?: string | undefined; km?: string | undefined };
  /** ISO instant. */
  expiresAt: string;
}

/** Those still in force at `now` on the kiosk's clock. */
export function messagesInForce(messages: readonly KioskMessage[], now: number): KioskMessage[] {
  return messages.filter((m) => new Date(m.expiresAt).getTime() > now);
}

/** The message in the kiosk's language where the officer gave it, else Vietnamese (with its lang for the markup). */
export function messageText(m: KioskMessage, lang: Lang): { text: string; lang: Lang } {
  const own = m.text[lang];
  return own ? { text: own, lang } : { text: m.text.vi, lang: 'vi' };
}
