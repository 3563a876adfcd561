import {
  deriveDistrictPlan,
  isDomainError,
  validatePlan,
  type DerivedPlan,
  type Plan,
  type PlanIssue,
} from '@pcmbn/domain';
import { loadAgencies } from '../agencies/load.js';
import type { AuditEntry } from '../auth/audit.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { planToRow } from '../db/mappers.js';
import { appError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { assertMayEdit, assertReadable, assertValid, assertWritable, versionConflict } from './access.js';
import { areasOf, loadPlan } from './load.js';

/** The plan mutations: each validates with the domain, authorises through the scope helpers and audits before/after. */

interface MutationContext {
  db: DbClient;
  user: AuthUser;
  audit(entry: AuditEntry): void;
}

type Status = 'draft' | 'published' | 'archived';
const snapshot = (row: { status: Status; version: number; document: unknown }) => ({
  status: row.status,
  version: row.version,
  document: row.document,
});

async function validate(db: DbClient, plan: Plan): Promise<PlanIssue[]> {
  const [{ areas }, agencies] = await Promise.all([areasOf(db, plan), loadAgencies(db, plan.areaStructure)]);
  const issues = validatePlan(plan, { agencies, areas });
  assertValid(issues);
  return issues.filter((i) => i.severity === 'warning');
}

async function assertParentExists(db: DbClient, plan: Plan): Promise<void> {
  if (plan.parentPlanId === undefined) return;
  const parent = await db.plan.findUnique({ where: { id: plan.parentPlanId }, select: { id: true } });
  if (!parent) {
    const message = {
      vi: `Kế hoạch cấp trên “${plan.parentPlanId}” không có trong hệ thống.`,
      en: `Parent plan "${plan.parentPlanId}" does not exist.`,
    };
    throw appError('BAD_REQUEST', 'PLAN_INVALID', message, [{ path: 'document.parentPlanId', ...message }]);
  }
}

async function insert(ctx: MutationContext, plan: Plan) {
  if (await ctx.db.plan.findUnique({ where: { id: plan.id }, select: { id: true } })) {
    const message = {
      vi: `Mã kế hoạch “${plan.id}” đã được dùng; chọn mã khác.`,
      en: `Plan id "${plan.id}" is already taken.`,
    };
    throw appError('CONFLICT', 'PLAN_ID_TAKEN', message, [{ path: 'document.id', ...message }]);
  }
  const row = await ctx.db.plan.create({
    data: { ...planToRow(plan), status: 'draft', document: plan as Prisma.InputJsonValue },
  });
  ctx.audit({ entity: 'plan', entityId: row.id, before: null, after: snapshot(row) });
  return row;
}

export async function createPlan(ctx: MutationContext, plan: Plan) {
  const { index } = await areasOf(ctx.db, plan);
  assertWritable(ctx.user, { plan, index });
  const warnings = await validate(ctx.db, plan);
  await assertParentExists(ctx.db, plan);
  const row = await insert(ctx, plan);
  return { id: row.id, version: row.version, status: row.status, warnings };
}

export async function updatePlan(ctx: MutationContext, input: { id: string; version: number; document: Plan }) {
  const loaded = await loadPlan(ctx.db, input.id);
  assertReadable(ctx.user, loaded);
  if (input.document.id !== input.id) {
    const message = { vi: 'Không đổi được mã của kế hoạch đã lưu.', en: 'The id of a stored plan cannot change.' };
    throw appError('BAD_REQUEST', 'PLAN_INVALID', message, [{ path: 'document.id', ...message }]);
  }
  // Checked first so that a stale editor learns of the conflict before anything else about its copy.
  if (loaded.row.version !== input.version) throw versionConflict(loaded.row.version, input.version);
  assertMayEdit(ctx.user, loaded, input.document);
  // The new document must stay inside the user's area too (a province admin cannot move it to another province).
  if (
    input.document.provinceCode !== loaded.plan.provinceCode ||
    input.document.scopeAreaCode !== loaded.plan.scopeAreaCode ||
    input.document.areaStructure !== loaded.plan.areaStructure
  ) {
    const { index } = await areasOf(ctx.db, input.document);
    assertWritable(ctx.user, { plan: input.document, index });
  }
  const warnings = await validate(ctx.db, input.document);
  await assertParentExists(ctx.db, input.document);
  // The version in the WHERE makes the check and the write one step: a concurrent save cannot slip in between.
  const { id: _id, ...data } = planToRow(input.document);
  const updated = await ctx.db.plan.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...data, document: input.document as Prisma.InputJsonValue, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const now = await ctx.db.plan.findUnique({ where: { id: input.id }, select: { version: true } });
    throw versionConflict(now?.version ?? input.version + 1, input.version);
  }
  const row = await ctx.db.plan.findUniqueOrThrow({ where: { id: input.id } });
  ctx.audit({ entity: 'plan', entityId: row.id, before: snapshot(loaded.row), after: snapshot(row) });
  return { id: row.id, version: row.version, status: row.status, warnings };
}

const TRANSITIONS: Record<'publish' | 'archive', { from: Status[]; to: Status; vi: string; en: string }> = {
  publish: { from: ['draft'], to: 'published', vi: 'ban hành', en: 'publish' },
  archive: { from: ['draft', 'published'], to: 'archived', vi: 'lưu trữ', en: 'archive' },
};

const STATUS_VI: Record<Status, string> = { draft: 'bản nháp', published: 'đã ban hành', archived: 'đã lưu trữ' };

export async function changePlanStatus(
  ctx: MutationContext,
  action: 'publish' | 'archive',
  input: { id: string; version: number },
) {
  const loaded = await loadPlan(ctx.db, input.id);
  assertReadable(ctx.user, loaded);
  assertWritable(ctx.user, loaded);
  if (loaded.row.version !== input.version) throw versionConflict(loaded.row.version, input.version);
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(loaded.row.status)) {
    throw appError('CONFLICT', 'PLAN_STATUS_INVALID', {
      vi: `Không thể ${rule.vi} kế hoạch đang ở trạng thái “${STATUS_VI[loaded.row.status]}”.`,
      en: `Cannot ${rule.en} a plan whose status is ${loaded.row.status}.`,
    });
  }
  const warnings = action === 'publish' ? await validate(ctx.db, loaded.plan) : [];
  const updated = await ctx.db.plan.updateMany({
    where: { id: input.id, version: input.version },
    data: { status: rule.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw versionConflict(input.version + 1, input.version);
  const row = await ctx.db.plan.findUniqueOrThrow({ where: { id: input.id } });
  ctx.audit({
    entity: 'plan',
    entityId: row.id,
    before: { status: loaded.row.status, version: loaded.row.version },
    after: { status: row.status, version: row.version },
  });
  return { id: row.id, version: row.version, status: row.status, warnings };
}

export async function deriveDistrict(
  ctx: MutationContext,
  input: {
    id: string;
    districtCode: string;
    code?: string | undefined;
    title?: string | undefined;
    issuedOn?: string | undefined;
    agencyId?: string | undefined;
  },
) {
  const loaded = await loadPlan(ctx.db, input.id);
  assertReadable(ctx.user, loaded);
  if (!loaded.index.has(input.districtCode)) {
    const message = {
      vi: `Không có địa bàn mã “${input.districtCode}” trong cơ cấu hành chính của kế hoạch.`,
      en: `No area "${input.districtCode}" in the plan's administrative structure.`,
    };
    throw appError('BAD_REQUEST', 'AREA_UNKNOWN', message, [{ path: 'districtCode', ...message }]);
  }
  const agencies = await loadAgencies(ctx.db, loaded.plan.areaStructure);
  let derived: DerivedPlan;
  try {
    derived = deriveDistrictPlan(loaded.plan, {
      districtCode: input.districtCode,
      areas: loaded.index.areas,
      agencies,
      ...(input.agencyId ? { agencyId: input.agencyId } : {}),
      ...(input.code ? { code: input.code } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(input.issuedOn ? { issuedOn: input.issuedOn } : {}),
    });
  } catch (error) {
    // The domain refuses a two-level structure or an area that is not a district: the user's choice, so a 400.
    if (!isDomainError(error)) throw error;
    const message = { vi: error.message, en: error.messageEn ?? error.message };
    throw appError('BAD_REQUEST', error.code, message, [{ path: 'districtCode', ...message }]);
  }
  const { plan, dropped } = derived;
  // Who may hold the district plan: a province admin of the province or the district's own officer.
  assertWritable(ctx.user, { plan, index: loaded.index });
  await validate(ctx.db, plan);
  const row = await insert(ctx, plan);
  return { id: row.id, version: row.version, status: row.status, dropped };
}
