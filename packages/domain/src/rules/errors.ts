/**
 * Errors are values with a stable code (for the API's errorFormatter and for tests) and a message for people,
 * Vietnamese first.
 */
export const DOMAIN_ERROR_CODES = [
  'RECORD_TRANSITION_INVALID',
  'DATE_INVALID',
  'PLAN_INVALID',
  'AREA_UNKNOWN',
  'AGENCY_UNKNOWN',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  readonly messageEn: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { messageEn?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.code = code;
    this.messageEn = options.messageEn;
    this.details = options.details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Throws DomainError('DATE_INVALID') unless `value` is a real calendar date 'YYYY-MM-DD'. */
export function assertIsoDate(value: string, field: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok = m !== null && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) {
    throw new DomainError('DATE_INVALID', `Ngày “${value}” (${field}) không hợp lệ; cần dạng YYYY-MM-DD.`, {
      messageEn: `Invalid date "${value}" for ${field}; expected YYYY-MM-DD.`,
      details: { field, value },
    });
  }
}
