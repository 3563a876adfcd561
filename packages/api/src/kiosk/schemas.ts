import { IsoDateSchema, KIOSK_USAGE_BATCH_MAX, KioskScheduleSchema, LanguageSchema } from '@pcmbn/domain';
import { z } from 'zod';

export const KioskStatusSchema = z.enum(['pending', 'active', 'revoked']);
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Tháng có dạng YYYY-MM' });

/** What the kiosk sends: never who, only what happened. `data` is a closed shape so nothing personal can ride along. */
export const UsageEventSchema = z.object({
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'Khóa chống trùng gồm 8–100 ký tự chữ, số, - hoặc _' }),
  kind: z.enum(['session', 'page_view', 'quiz_completed']),
  occurredAt: z.iso.datetime({ offset: true }),
  count: z.number().int().min(1).max(1000).default(1),
  data: z
    .object({
      page: z.string().max(100).optional(),
      lang: LanguageSchema.optional(),
      score: z.number().int().min(0).max(1000).optional(),
      total: z.number().int().min(0).max(1000).optional(),
    })
    .strict()
    .optional(),
});
export type UsageEventInput = z.input<typeof UsageEventSchema>;

export const UsageInputSchema = z.object({ events: z.array(UsageEventSchema).min(1).max(KIOSK_USAGE_BATCH_MAX) });

export const UsageTotalsSchema = z.object({
  sessions: z.number().int(),
  pageViews: z.number().int(),
  quizzesCompleted: z.number().int(),
  interactions: z.number().int(),
});

export const ContactViewSchema = z.object({
  kind: z.string(),
  number: z.string(),
  label: z.object({ vi: z.string(), en: z.string().optional(), km: z.string().optional() }),
  free: z.boolean(),
  hours: z.string().optional(),
});

export const QuizQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  choices: z.array(z.object({ id: z.string(), text: z.string() })),
  answer: z.string(),
  explanation: z.string(),
});

export const BundleSchema = z.object({
  /** ContentRelease versions ('all' plus the province's own), summed: goes up on every publish. */
  version: z.number().int(),
  /** Hash of everything below: also changes when the date brings another hotline number. */
  etag: z.string(),
  asOf: IsoDateSchema,
  generatedAt: z.string(),
  kiosk: z.object({ name: z.string(), commune: z.string(), province: z.string(), contentSet: z.string() }),
  hotline: ContactViewSchema.nullable(),
  emergency: z.array(ContactViewSchema),
  local: z.array(ContactViewSchema),
  articles: z.array(
    z.object({
      slug: z.string(),
      lang: LanguageSchema,
      title: z.string(),
      summary: z.string().nullable(),
      category: z.string().nullable(),
      order: z.number(),
      /** Safe HTML (every source character escaped before tags are added). */
      html: z.string(),
      reviewNeeded: z.boolean(),
      /** When the kiosk shows it first (domain orderBySchedule, on the kiosk's clock); null: never first. */
      schedule: KioskScheduleSchema.nullable(),
    }),
  ),
  quiz: z.array(
    z.object({
      lang: LanguageSchema,
      id: z.string(),
      title: z.string(),
      reviewNeeded: z.boolean(),
      questions: z.array(QuizQuestionSchema),
    }),
  ),
  /** Images and clips the kiosk caches for offline use (same-origin or absolute URLs). */
  media: z.array(z.object({ url: z.string(), kind: z.enum(['image', 'video']), slug: z.string() })),
  /** Spoken audio (kiosk.audio by id), precached for the listen button: part 'body' of an article, or a question id. */
  audio: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['article', 'quiz']),
      slug: z.string(),
      lang: LanguageSchema,
      part: z.string(),
      source: z.string(),
    }),
  ),
});
export type Bundle = z.infer<typeof BundleSchema>;
