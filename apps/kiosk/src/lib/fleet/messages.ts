/** Emergency messages from the heartbeat: kept across reloads and power cuts, shown until they expire. */

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
