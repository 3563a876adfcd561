import { AreaLevelSchema, IdSchema, IsoDateSchema, ProvinceCodeSchema } from '@pcmbn/domain';
import { z } from 'zod';

/**
 * area.options: the choices of one area picker of the admin console, for the caller. Each purpose is one picker
 * (or the pickers of one page); the answer holds names, never bare codes, and every unit carries its structure
 * where the page sends it back (codes are reused across structures: 29263 is Xã Long Đức in 2018 and Phường
 * Long Đức from 01/07/2025).
 */
export const AreaOptionsInputSchema = z.discriminatedUnion('purpose', [
  /** The communes a record of the plan dated `date` may name (a carried plan's new units from the carry date on). */
  z.object({ purpose: z.literal('record-entry'), planId: IdSchema, date: IsoDateSchema }),
  /** The districts and communes the record list of the plan may be filtered by. */
  z.object({ purpose: z.literal('record-filter'), planId: IdSchema }),
  /** The districts a district plan may be made for from the provincial plan `planId`. */
  z.object({ purpose: z.literal('plan-derive'), planId: IdSchema }),
  /** The provinces and districts an account may be scoped to. */
  z.object({ purpose: z.literal('user-scope') }),
  /** The areas an agency may govern, by province, structure and level; `provinceCode` narrows to one province. */
  z.object({ purpose: z.literal('agency'), provinceCode: ProvinceCodeSchema.optional() }),
  /**
   * Where a kiosk may be placed, and where an emergency message to kiosks may go. `communesIn` narrows the communes
   * to one province's newest list, or to none ('none': the page asks for a province first); by default every one in
   * scope (3,300 for an every-province admin, 0.27 MB).
   */
  z.object({
    purpose: z.literal('kiosk'),
    communesIn: z.union([ProvinceCodeSchema, z.literal('none')]).optional(),
  }),
  /** The home page's area overview: a province (default the caller's) and one of its structures. */
  z.object({
    purpose: z.literal('home-filter'),
    provinceCode: ProvinceCodeSchema.optional(),
    structure: IsoDateSchema.optional(),
  }),
]);
export type AreaOptionsInput = z.infer<typeof AreaOptionsInputSchema>;
export type AreaPurpose = AreaOptionsInput['purpose'];

/** A unit of a record picker; `parentName` is its district (or province), or for a carried unit the old ones. */
const PickerAreaSchema = z.object({ code: z.string(), name: z.string(), parentName: z.string().nullable() });
const NamedSchema = z.object({ code: z.string(), name: z.string() });
const LabelledSchema = z.object({ code: z.string(), label: z.string() });
const ProvinceSchema = NamedSchema.extend({ structures: z.array(IsoDateSchema) });

const RecordPickerSchema = z.object({
  /** The list the picker follows; goes with the form so a code is read in the list it was picked from. */
  structure: IsoDateSchema,
  areas: z.array(PickerAreaSchema),
});

export const AreaOptionsSchema = z.discriminatedUnion('purpose', [
  RecordPickerSchema.extend({ purpose: z.literal('record-entry') }),
  RecordPickerSchema.extend({ purpose: z.literal('record-filter') }),
  z.object({ purpose: z.literal('plan-derive'), structure: IsoDateSchema, districts: z.array(NamedSchema) }),
  z.object({
    purpose: z.literal('user-scope'),
    /** Each province with the districts of every list it has (a 2016 plan's district outlives its list). */
    provinces: z.array(NamedSchema.extend({ districts: z.array(NamedSchema) })),
  }),
  z.object({
    purpose: z.literal('agency'),
    /** Every province, for the agency's own province select. */
    provinces: z.array(NamedSchema),
    groups: z.array(
      z.object({
        provinceCode: z.string(),
        structure: IsoDateSchema,
        level: AreaLevelSchema,
        /** 'Cấp xã — danh mục hành chính ngày 06/04/2018'. */
        label: z.string(),
        /** Communes carry their district's name: several districts have a "Xã An Phú". */
        areas: z.array(NamedSchema),
      }),
    ),
  }),
  z.object({
    purpose: z.literal('kiosk'),
    /** 'Xã … — Huyện …', sorted; the pairing form's datalist. */
    communes: z.array(LabelledSchema.extend({ name: z.string() })),
    /** The provinces, then the districts, an emergency message may be sent to. */
    messageTargets: z.array(LabelledSchema),
    /** Names of the provinces and districts of the lists read, for the messages already sent. */
    names: z.array(NamedSchema),
  }),
  z.object({
    purpose: z.literal('home-filter'),
    provinces: z.array(ProvinceSchema),
    /** Null: the requested province is unknown (or there are none). */
    province: ProvinceSchema.nullable(),
    structure: IsoDateSchema.nullable(),
    districts: z.array(NamedSchema.extend({ kind: z.string().optional(), communes: z.number().int() })),
    communeTotal: z.number().int(),
  }),
]);
export type AreaOptions = z.infer<typeof AreaOptionsSchema>;
