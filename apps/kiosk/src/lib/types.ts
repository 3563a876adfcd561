import type { RouterOutputs } from '@pcmbn/api/client';

type BundleAnswer = RouterOutputs['kiosk']['bundle'];
export type Bundle = Extract<BundleAnswer, { notModified: false }>['bundle'];
export type Lang = 'vi' | 'en' | 'km';
export const LANGS: readonly Lang[] = ['vi', 'km', 'en'];

export interface UsageEvent {
  idempotencyKey: string;
  kind: 'session' | 'page_view' | 'quiz_completed';
  /** ISO instant. */
  occurredAt: string;
  count?: number;
  data?: { page?: string; lang?: Lang; score?: number; total?: number };
}
