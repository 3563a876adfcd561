import { ProvinceCodeSchema } from '@pcmbn/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError, describeError, fieldErrors } from './errors.js';

function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('fieldErrors', () => {
  it('names the field in Vietnamese and English', () => {
    const [field] = fieldErrors(issuesOf(z.object({ level: z.enum(['province', 'commune']) }), { level: 'x' }).issues);
    expect(field!.path).toBe('level');
    expect(field!.vi).toMatch(/^Trường "level": /);
    expect(field!.en).toMatch(/^Field "level": /);
    expect(field!.en).toContain('province');
  });

  it('keeps a custom (Vietnamese) message as the Vietnamese text', () => {
    const schema = z.object({ provinceCode: ProvinceCodeSchema });
    const [field] = fieldErrors(issuesOf(schema, { provinceCode: 'abc' }).issues);
    expect(field!.vi).toBe('Trường "provinceCode": Mã tỉnh là 2 chữ số');
    expect(field!.en).not.toContain('Mã tỉnh');
  });

  it('joins nested paths with dots', () => {
    const [field] = fieldErrors(
      issuesOf(z.object({ period: z.object({ from: z.string() }) }), { period: { from: 1 } }).issues,
    );
    expect(field!.path).toBe('period.from');
    expect(field!.en).toContain('must be string');
  });
});

describe('describeError', () => {
  it('never passes on the message of an unexpected error', () => {
    const error = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new Error('relation "Plan" does not exist at 10.0.0.5'),
    });
    const details = describeError(error);
    expect(details.appCode).toBe('INTERNAL');
    expect(JSON.stringify(details)).not.toContain('relation');
  });

  it('uses an AppError cause as is', () => {
    const error = new TRPCError({
      code: 'CONFLICT',
      cause: new AppError('PLAN_VERSION_CONFLICT', { vi: 'Kế hoạch đã bị sửa', en: 'Plan was changed' }),
    });
    expect(describeError(error)).toEqual({
      appCode: 'PLAN_VERSION_CONFLICT',
      messages: { vi: 'Kế hoạch đã bị sửa', en: 'Plan was changed' },
      fields: [],
    });
  });

  it('maps a domain error by its code', () => {
    const domainError = Object.assign(new Error('Không thể duyệt'), {
      name: 'DomainError',
      code: 'RECORD_TRANSITION_INVALID',
      messageEn: 'Cannot approve',
    });
    const details = describeError(new TRPCError({ code: 'BAD_REQUEST', cause: domainError }));
    expect(details).toMatchObject({
      appCode: 'RECORD_TRANSITION_INVALID',
      messages: { vi: 'Không thể duyệt', en: 'Cannot approve' },
    });
  });
});
