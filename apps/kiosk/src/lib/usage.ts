/**
 * Usage counting: each event goes into the IndexedDB outbox with its own idempotency key, then leaves in batches
 * when the API answers. An event is removed only once the API said it has it (accepted now or known from before)
 * or refused it for good,
 * so a cut cable, a reload or a server restart mid-upload at worst sends a batch again — and the API stores each
 * key once.
 */
import { isUnauthorized, kioskApi } from './api';
import { addToOutbox, outboxBatch, removeFromOutbox } from './storage';
import type { UsageEvent } from './types';

/** crypto.randomUUID needs a secure context (HTTPS or localhost); a LAN address over plain HTTP falls back. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export async function recordUsage(kind: UsageEvent['kind'], data?: UsageEvent['data']): Promise<void> {
  await addToOutbox({
    idempotencyKey: newKey(),
    kind,
    occurredAt: new Date().toISOString(),
    ...(data ? { data } : {}),
  });
}

export type FlushOutcome = 'done' | 'offline' | 'unauthorized';

let running: Promise<FlushOutcome> | null = null;

/** Sends the outbox until it is empty or the API cannot be reached. One flush at a time per page. */
export function flushOutbox(token: string, batchSize: number): Promise<FlushOutcome> {
  running ??= (async (): Promise<FlushOutcome> => {
    const api = kioskApi(token);
    for (;;) {
      const batch = await outboxBatch(batchSize);
      if (batch.length === 0) return 'done';
      try {
        const result = await api.kiosk.usage.mutate({ events: batch });
        // Refused events (dated before pairing or ahead of the clock, more than a screen can do) never will be
        // accepted: they leave the outbox too, instead of being sent again forever.
        await removeFromOutbox([...result.accepted, ...result.known, ...result.rejected.map((r) => r.idempotencyKey)]);
      } catch (error) {
        return isUnauthorized(error) ? 'unauthorized' : 'offline';
      }
    }
  })().finally(() => {
    running = null;
  });
  return running;
}
