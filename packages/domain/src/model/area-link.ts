import { z } from 'zod';
import { IsoDateSchema } from './common.js';

/** 'full': the whole old unit went into the new one; 'partial': only part of it did (it then has several links). */
export const AreaLinkCoverageSchema = z.enum(['full', 'partial']);
export type AreaLinkCoverage = z.infer<typeof AreaLinkCoverageSchema>;

const CodeSchema = z.string().regex(/^\d{2,5}$/, { error: 'Mã địa bàn là 2–5 chữ số (mã Tổng cục Thống kê)' });

/**
 * One unit of an older structure going into a unit of a later one (a merger, a renaming, the 01/07/2025 reform).
 * Codes are reused across structures, so both ends carry their structure date. A unit without links has no known
 * successor: never read that as "unchanged".
 */
export const AreaLinkSchema = z
  .object({
    fromCode: CodeSchema,
    fromStructure: IsoDateSchema,
    toCode: CodeSchema,
    toStructure: IsoDateSchema,
    coverage: AreaLinkCoverageSchema,
  })
  .refine((l) => l.toStructure > l.fromStructure, {
    error: 'Đơn vị kế tiếp phải thuộc một cơ cấu hành chính sau cơ cấu cũ',
    path: ['toStructure'],
  });
export type AreaLink = z.infer<typeof AreaLinkSchema>;
