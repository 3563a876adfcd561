import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { AreaCodeSchema } from '../vocabulary/codes.js';

/** 'full': the whole old unit went into the new one; 'partial': only part of it did (it then has several links). */
export const AreaLinkCoverageSchema = z.enum(['full', 'partial']);
export type AreaLinkCoverage = z.infer<typeof AreaLinkCoverageSchema>;

/**
 * One unit of an older structure going into a unit of a later one (a merger, a renaming, the 01/07/2025 reform).
 * Codes are reused across structures, so both ends carry their structure date. A unit without links has no known
 * successor: never read that as "unchanged".
 */
export const AreaLinkSchema = z
  .object({
    fromCode: AreaCodeSchema,
    fromStructure: IsoDateSchema,
    toCode: AreaCodeSchema,
    toStructure: IsoDateSchema,
    coverage: AreaLinkCoverageSchema,
  })
  .refine((l) => l.toStructure > l.fromStructure, {
    error: 'Đơn vị kế tiếp phải thuộc một cơ cấu hành chính sau cơ cấu cũ',
    path: ['toStructure'],
  });
export type AreaLink = z.infer<typeof AreaLinkSchema>;
