import {
  AgencyKindSchema,
  AgencySchema,
  AreaCodeSchema,
  IdSchema,
  IsoDateSchema,
  ProvinceCodeSchema,
  type Agency,
} from '@pcmbn/domain';
import { z } from 'zod';
import { toDbDate } from '../db/dates.js';
import type { StoredAgency } from '../db/mappers.js';

/** What agency.create/update accept and what agency.* answer. */

export const AgencyFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: 'Nhập tên cơ quan' }).max(300),
  shortName: z.string().trim().min(1).max(100).nullable().optional(),
  kind: AgencyKindSchema,
  provinceCode: ProvinceCodeSchema.nullable().optional(),
  /** Names and agencies change: a renamed or merged body gets validTo and a successor, never an overwritten name. */
  validFrom: IsoDateSchema.nullable().optional(),
  validTo: IsoDateSchema.nullable().optional(),
  successorId: IdSchema.nullable().optional(),
  /** The entry this agency belongs to: a district committee → "UBND các huyện…" → the provincial committee. */
  parentId: IdSchema.nullable().optional(),
  /** A group entry's members (a steering committee, "UBND các huyện…"): the whole list; null or [] clears it. */
  memberIds: z.array(IdSchema).max(500).nullable().optional(),
  /**
   * The unit a local committee governs (deriveDistrictPlan finds a district's committee by it) and the date of the
   * administrative structure its code belongs to: GSO codes are reused, so a code alone is ambiguous. Both or neither.
   */
  areaCode: AreaCodeSchema.nullable().optional(),
  areaStructure: IsoDateSchema.nullable().optional(),
});
export type AgencyFields = z.infer<typeof AgencyFieldsSchema>;

export const AgencyCreateSchema = AgencyFieldsSchema.extend({ id: IdSchema });
export const AgencyUpdateSchema = AgencyFieldsSchema.partial().extend({ id: IdSchema });

/** The domain Agency and the structure of its areaCode. */
export const AgencyOutSchema = AgencySchema.extend({ areaStructure: IsoDateSchema.optional() });

/** An agency as it will be stored: every field present, null where empty. */
export interface NextAgency {
  name: string;
  shortName: string | null;
  kind: Agency['kind'];
  provinceCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
  parentId: string | null;
  memberIds: string[];
  areaCode: string | null;
  areaStructure: string | null;
}

type Nullable = Exclude<keyof NextAgency, 'name' | 'kind' | 'memberIds'>;

/** The stored agency with the fields the input names replaced (undefined: keep; null: clear). */
export function merged(before: StoredAgency | null, input: Partial<AgencyFields>): NextAgency {
  const pick = (k: Nullable): string | null => (input[k] === undefined ? (before?.[k] ?? null) : (input[k] ?? null));
  return {
    name: input.name ?? before?.name ?? '',
    shortName: pick('shortName'),
    kind: input.kind ?? before?.kind ?? 'other',
    provinceCode: pick('provinceCode'),
    validFrom: pick('validFrom'),
    validTo: pick('validTo'),
    successorId: pick('successorId'),
    parentId: pick('parentId'),
    memberIds: [...new Set(input.memberIds === undefined ? (before?.memberIds ?? []) : (input.memberIds ?? []))],
    areaCode: pick('areaCode'),
    areaStructure: pick('areaStructure'),
  };
}

const dbDate = (iso: string | null) => (iso ? toDbDate(iso) : null);

/** The Agency row's columns (members are rows of AgencyMember). */
export function rowData({ memberIds: _members, ...fields }: NextAgency) {
  return {
    ...fields,
    validFrom: dbDate(fields.validFrom),
    validTo: dbDate(fields.validTo),
    areaStructure: dbDate(fields.areaStructure),
  };
}
