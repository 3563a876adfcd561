import {
  ActivityRecordSchema,
  AgencySchema,
  AreaSchema,
  PlanSchema,
  type ActivityRecord,
  type Agency as DomainAgency,
  type Area as DomainArea,
  type Plan as DomainPlan,
} from '@pcmbn/domain';
import type { z } from 'zod';
import type { ActivityRecord as RecordRow, Agency, Area, Contact, Plan } from '../generated/prisma/client.js';
import { fromDbDate, optionalFromDbDate, toDbDate } from './dates.js';

/** The one place where database rows become domain values and back (STYLE: domain apart from I/O). */

/**
 * Every row is re-validated on the way out, and a row the domain does not accept (written behind the API, or under
 * rules since changed) is an error naming the row — never left out silently: a plan's results or a report would then
 * understate what was done without anyone knowing why.
 */
export class StoredRowError extends Error {
  constructor(table: string, key: string, error: z.ZodError) {
    const issues = error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
    super(`${table} ${key}: the stored row is not a valid domain value (${issues})`);
    this.name = 'StoredRowError';
  }
}

function parseRow<S extends z.ZodType>(schema: S, value: unknown, table: string, key: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredRowError(table, key, parsed.error);
  return parsed.data;
}

export function areaFromRow(row: Area): DomainArea {
  const value = {
    code: row.code,
    name: row.name,
    level: row.level,
    ...(row.parentCode ? { parentCode: row.parentCode } : {}),
    ...(row.kind ? { kind: row.kind } : {}),
    tags: row.tags ?? [],
    ...(row.population ? { population: row.population } : {}),
    structure: fromDbDate(row.structure),
  };
  return parseRow(AreaSchema, value, 'Area', `${row.code} (${value.structure})`);
}

export function areaToRow(area: DomainArea, structure: string, provinceCode: string) {
  return {
    code: area.code,
    structure: toDbDate(structure),
    name: area.name,
    level: area.level,
    kind: area.kind ?? null,
    parentCode: area.parentCode ?? null,
    provinceCode,
    tags: area.tags,
    ...(area.population ? { population: area.population } : {}),
  };
}

/** What agency reads include: the members of a group entry, in id order. */
export const AGENCY_MEMBERS = { members: { select: { memberId: true }, orderBy: { memberId: 'asc' } } } as const;

export type AgencyRow = Agency & { members: { memberId: string }[] };

/**
 * The domain Agency plus the structure its areaCode belongs to. The domain leaves the structure to the plan (its
 * areaStructure); stored rows need it because GSO codes are reused across structures.
 */
export type StoredAgency = DomainAgency & { areaStructure?: string };

export function agencyFromRow(row: AgencyRow): StoredAgency {
  const value = {
    id: row.id,
    name: row.name,
    kind: row.kind,
    ...(row.shortName ? { shortName: row.shortName } : {}),
    ...(row.provinceCode ? { provinceCode: row.provinceCode } : {}),
    ...(row.validFrom ? { validFrom: fromDbDate(row.validFrom) } : {}),
    ...(row.validTo ? { validTo: fromDbDate(row.validTo) } : {}),
    ...(row.successorId ? { successorId: row.successorId } : {}),
    ...(row.parentId ? { parentId: row.parentId } : {}),
    ...(row.members.length > 0 ? { memberIds: row.members.map((m) => m.memberId) } : {}),
    ...(row.areaCode ? { areaCode: row.areaCode } : {}),
  };
  const agency = parseRow(AgencySchema, value, 'Agency', row.id);
  return row.areaStructure ? { ...agency, areaStructure: fromDbDate(row.areaStructure) } : agency;
}

/** The agency as a plan of `structure` sees it: an areaCode of another structure names another unit, so it is left out. */
export function agencyForStructure({ areaStructure, ...agency }: StoredAgency, structure: string): DomainAgency {
  if (areaStructure === structure || agency.areaCode === undefined) return agency;
  const { areaCode: _otherUnit, ...rest } = agency;
  return rest;
}

/** The agency's own columns; the links between agencies are written once every row exists (src/seed/agencies.ts). */
export function agencyToRow(agency: DomainAgency) {
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName ?? null,
    kind: agency.kind,
    provinceCode: agency.provinceCode ?? null,
    validFrom: agency.validFrom ? toDbDate(agency.validFrom) : null,
    validTo: agency.validTo ? toDbDate(agency.validTo) : null,
  };
}

/** The stored document is the domain Plan. */
export function planFromRow(row: Pick<Plan, 'id' | 'document'>): DomainPlan {
  return parseRow(PlanSchema, row.document, 'Plan', row.id);
}

export function planToRow(plan: DomainPlan) {
  return {
    id: plan.id,
    code: plan.code,
    title: plan.title,
    provinceCode: plan.provinceCode,
    areaStructure: toDbDate(plan.areaStructure),
    periodFrom: toDbDate(plan.period.from),
    periodTo: toDbDate(plan.period.to),
    parentPlanId: plan.parentPlanId ?? null,
    scopeAreaCode: plan.scopeAreaCode ?? null,
    document: plan as object,
  };
}

/** The columns a domain record is made of: reads that need no more select only these. */
export type RecordFields = Pick<
  RecordRow,
  'id' | 'planId' | 'activityId' | 'type' | 'date' | 'areaCode' | 'quantity' | 'reached' | 'status' | 'agencyId'
>;

export function recordFromRow(row: RecordFields): ActivityRecord {
  const value = {
    id: row.id,
    planId: row.planId,
    ...(row.activityId ? { activityId: row.activityId } : {}),
    type: row.type,
    date: fromDbDate(row.date),
    areaCode: row.areaCode,
    ...(row.quantity !== null ? { quantity: row.quantity } : {}),
    ...(row.reached ? { reached: row.reached } : {}),
    status: row.status,
    ...(row.agencyId !== null ? { agencyId: row.agencyId } : {}),
  };
  return parseRow(ActivityRecordSchema, value, 'ActivityRecord', row.id);
}

export interface ContactValue {
  id: string;
  kind: string;
  provinceCode?: string;
  number: string;
  label: { vi: string; en?: string; km?: string };
  free: boolean;
  hours?: string;
  validFrom?: string;
  validTo?: string;
  sourceRef?: string;
}

export function contactFromRow(row: Contact): ContactValue {
  return {
    id: row.id,
    kind: row.kind,
    ...(row.provinceCode ? { provinceCode: row.provinceCode } : {}),
    number: row.number,
    label: {
      vi: row.labelVi,
      ...(row.labelEn ? { en: row.labelEn } : {}),
      ...(row.labelKm ? { km: row.labelKm } : {}),
    },
    free: row.free,
    ...(row.hours ? { hours: row.hours } : {}),
    ...(row.validFrom ? { validFrom: optionalFromDbDate(row.validFrom) } : {}),
    ...(row.validTo ? { validTo: optionalFromDbDate(row.validTo) } : {}),
    ...(row.sourceRef ? { sourceRef: row.sourceRef } : {}),
  };
}
