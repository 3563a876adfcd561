import type { RouterOutputs } from '@pcmbn/api/client';
import type { Language } from '@pcmbn/domain';

type BundleAnswer = RouterOutputs['kiosk']['bundle'];
export type Bundle = Extract<BundleAnswer, { notModified: false }>['bundle'];

export interface UsageEvent {
  idempotencyKey: string;
  kind: 'session' | 'page_view' | 'quiz_completed';
  /** ISO instant. */
  occurredAt: string;
  count?: number;
  data?: { page?: string; lang?: Language; score?: number; total?: number };
}
