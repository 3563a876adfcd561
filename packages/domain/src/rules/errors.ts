/**
 * Errors are values with a stable code (for the API's errorFormatter and for tests) and a message for people,
 * Vietnamese first.
 */
export const DOMAIN_ERROR_CODES = ['RECORD_TRANSITION_INVALID', 'PLAN_INVALID', 'AREA_UNKNOWN', 'AGENCY_UNKNOWN'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  readonly messageEn: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DomainErrorCode, message: string, options: { messageEn?: string; details?: Record<string, unknown> } = {}) {
    super(message);
    this.code = code;
    this.messageEn = options.messageEn;
    this.details = options.details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
