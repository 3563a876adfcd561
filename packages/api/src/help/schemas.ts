/**
 * The help desk's shapes (issue 16 item 6): what a person may send, what an officer sees. Limits are small on
 * purpose — a message to a desk, not a file drop — and custom messages are Vietnamese (the API's errorFormatter adds
 * English; the public site shows its own words per field in vi/en/km).
 */
import { LanguageSchema, provinceCodeSchema, ProvinceCodeSchema } from '@pcmbn/domain';
import { z } from 'zod';

export const HELP_MESSAGE_MAX = 2_000;
export const HELP_SAFE_TIME_MAX = 100;
export const HELP_NOTE_MAX = 1_000;

/** A number to call back: 8–15 digits, spaces, dots and dashes allowed, an optional leading +; kept as digits. */
const digitsOf = (raw: string) => (raw.startsWith('+') ? '+' : '') + raw.replace(/\D/g, '');
const isPhone = (raw: string) => /^\+?[0-9 .-]+$/.test(raw) && /^\+?\d{8,15}$/.test(digitsOf(raw));

/** An optional text field: blank means none. */
const optionalText = (max: number, error: string) =>
  z
    .string()
    .trim()
    .max(max, { error })
    .optional()
    .transform((v) => (v ? v : undefined));

export const HelpSubmitSchema = z.object({
  provinceCode: provinceCodeSchema('Hãy chọn tỉnh, thành phố'),
  message: z
    .string()
    .trim()
    .min(1, { error: 'Hãy viết điều bạn cần giúp' })
    .max(HELP_MESSAGE_MAX, { error: `Tin nhắn dài quá ${HELP_MESSAGE_MAX} ký tự` }),
  contactPhone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isPhone(v), { error: 'Số điện thoại chỉ gồm 8–15 chữ số' })
    .transform((v) => (v ? digitsOf(v) : undefined)),
  safeTime: optionalText(HELP_SAFE_TIME_MAX, `Thời gian an toàn dài quá ${HELP_SAFE_TIME_MAX} ký tự`),
  lang: LanguageSchema.default('vi'),
  /** Honeypot: a field people never see (hidden from screen and screen readers); bots fill it. */
  website: z.string().max(500).optional(),
});
export type HelpSubmit = z.infer<typeof HelpSubmitSchema>;

export const HelpStatusSchema = z.enum(['open', 'handled', 'all']);

export const HelpListInputSchema = z
  .object({
    /** One province of the caller's desk; default: every province the caller's desk covers. */
    provinceCode: ProvinceCodeSchema.optional(),
    status: HelpStatusSchema.default('all'),
  })
  .default({ status: 'all' });

export const HelpRequestViewSchema = z.object({
  id: z.string(),
  receipt: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  message: z.string(),
  contactPhone: z.string().nullable(),
  safeTime: z.string().nullable(),
  lang: z.string(),
  createdAt: z.date(),
  handledAt: z.date().nullable(),
  handledByName: z.string().nullable(),
  handledNote: z.string().nullable(),
});
export type HelpRequestView = z.infer<typeof HelpRequestViewSchema>;

export const HelpHandleSchema = z.object({
  id: z.uuid({ error: 'Mã yêu cầu không hợp lệ' }),
  note: z
    .string()
    .trim()
    .min(1, { error: 'Hãy ghi việc đã làm' })
    .max(HELP_NOTE_MAX, { error: `Ghi chú dài quá ${HELP_NOTE_MAX} ký tự` }),
});
