import {
  deriveDistrictPlan,
  formatDateVi,
  isDomainError,
  validatePlan,
  type DerivedPlan,
  type Plan,
  type PlanIssue,
} from '@pcmbn/domain';
import { loadAgencies } from '../agencies/load.js';
import type { AuditEntry } from '../auth/audit.js';
import { areaIndexFor, canReadPlan } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { planFromRow, planToRow } from '../db/mappers.js';
import { appError } from '../errors.js';
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

function parentError(vi: string, en: string): never {
  const message = { vi, en };
  throw appError('BAD_REQUEST', 'PLAN_PARENT_INVALID', message, [{ path: 'document.parentPlanId', ...message }]);
}

/**
 * The plan's parent (a district plan's provincial plan) must exist and be readable by the caller, be of the same
 * province and administrative structure, cover the plan's area, and not lead back to the plan. Records of a child
 * count in its parent's status (roll-up): a link across provinces would let one province write into another's
 * figures (issue 12). A draft or archived parent the caller may not read gets the same answer as a missing one.
 */
async function assertParent(ctx: MutationContext, plan: Plan): Promise<void> {
  if (plan.parentPlanId === undefined) return;
  const id = plan.parentPlanId;
  if (id === plan.id) {
    parentError(
      `Kế hoạch không thể là kế hoạch cấp trên của chính nó (“${id}”).`,
      `A plan cannot be its own parent ("${id}").`,
    );
  }
  const row = await ctx.db.plan.findUnique({ where: { id } });
  const parent = row
    ? { row, plan: planFromRow(row), index: await areaIndexFor(ctx.db, fromDbDate(row.areaStructure)) }
    : null;
  if (!parent || (parent.row.status !== 'published' && !canReadPlan(ctx.user, parent.plan, parent.index))) {
    parentError(`Kế hoạch cấp trên “${id}” không có trong hệ thống.`, `Parent plan "${id}" does not exist.`);
  }
  const name = `${parent.plan.code} “${parent.plan.title}”`;
  if (parent.plan.provinceCode !== plan.provinceCode) {
    const { index } = await areasOf(ctx.db, plan);
    const theirs = parent.index.get(parent.plan.provinceCode)?.name ?? parent.plan.provinceCode;
    const ours = index.get(plan.provinceCode)?.name ?? plan.provinceCode;
    parentError(
      `Kế hoạch cấp trên ${name} thuộc tỉnh khác (${theirs}); kế hoạch của ${ours} chỉ gắn được vào kế hoạch của chính tỉnh mình.`,
      `Parent plan ${parent.plan.code} belongs to another province (${theirs}); a plan of ${ours} can only be linked to a plan of its own province.`,
    );
  }
  if (parent.plan.areaStructure !== plan.areaStructure) {
    parentError(
      `Kế hoạch cấp trên ${name} dùng danh mục địa bàn khác (ngày ${formatDateVi(parent.plan.areaStructure)}, kế hoạch này ngày ${formatDateVi(plan.areaStructure)}); kết quả sẽ không cộng dồn đúng.`,
      `Parent plan ${parent.plan.code} uses another list of administrative units (${parent.plan.areaStructure}, this plan ${plan.areaStructure}).`,
    );
  }
  const parentArea = parent.plan.scopeAreaCode ?? parent.plan.provinceCode;
  const ownArea = plan.scopeAreaCode ?? plan.provinceCode;
  if (ownArea !== parentArea && !parent.index.isWithin(ownArea, parentArea)) {
    const areaName = (code: string) => parent.index.get(code)?.name ?? code;
    parentError(
      `Kế hoạch cấp trên ${name} chỉ bao gồm ${areaName(parentArea)}, không bao gồm ${areaName(ownArea)}.`,
      `Parent plan ${parent.plan.code} covers ${areaName(parentArea)}, not ${areaName(ownArea)}.`,
    );
  }
  // Walk up from the parent: meeting the plan again would make a loop (and an endless roll-up).
  const seen = new Set<string>([plan.id]);
  for (let up: string | null = parent.row.parentPlanId; up !== null;) {
    if (seen.has(up)) {
      parentError(
        `Gắn vào kế hoạch cấp trên ${name} sẽ tạo thành vòng lặp giữa các kế hoạch.`,
        `Linking to parent plan ${parent.plan.code} would make a loop of plans.`,
      );
    }
    seen.add(up);
    const next: { parentPlanId: string | null } | null = await ctx.db.plan.findUnique({
      where: { id: up },
      select: { parentPlanId: true },
    });
    up = next?.parentPlanId ?? null;
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
    data: { ...planToRow(plan), status: 'draft', document: plan },
  });
  ctx.audit({ entity: 'plan', entityId: row.id, before: null, after: snapshot(row) });
  return row;
}

export async function createPlan(ctx: MutationContext, plan: Plan) {
  const { index } = await areasOf(ctx.db, plan);
  assertWritable(ctx.user, { plan, index });
  const warnings = await validate(ctx.db, plan);
  await assertParent(ctx, plan);
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
  await assertParent(ctx, input.document);
  // The version in the WHERE makes the check and the write one step: a concurrent save cannot slip in between.
  const { id: _id, ...data } = planToRow(input.document);
  const updated = await ctx.db.plan.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...data, document: input.document, version: { increment: 1 } },
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
  await assertParent(ctx, plan);
  const row = await insert(ctx, plan);
  return { id: row.id, version: row.version, status: row.status, dropped };
}
