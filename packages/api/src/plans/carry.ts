import { carryPlan, carryPreview, validatePlan, type CarryPreview } from '@pcmbn/domain';
import { loadAgencies } from '../agencies/load.js';
import { structureLookup } from '../areas/structures.js';
import type { AuditEntry } from '../auth/audit.js';
import { areaIndexFor } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { planToRow } from '../db/mappers.js';
import { appError } from '../errors.js';
import { assertReadable, assertValid, assertWritable, versionConflict } from './access.js';
import { loadPlan, type LoadedPlan } from './load.js';
import type { PlanCarryPreview } from './schemas.js';

/**
 * plan.carryPreview and plan.carry (issue 14 item 6): the domain's carryPreview/carryPlan over the stored
 * succession links. Only someone who may write the whole plan may carry it; the carry is one audited update of the
 * plan's document (version checked), and the preview is what the console shows before.
 */

interface CarryContext {
  db: DbClient;
  user: AuthUser;
  audit(entry: AuditEntry): void;
}

async function previewOf(db: DbClient, loaded: LoadedPlan, from: string, structure: string) {
  const lookup = await structureLookup(db);
  const preview = carryPreview(loaded.plan, loaded.index, from, structure, lookup);
  if (from < loaded.plan.period.from || from > loaded.plan.period.to || from < structure) {
    const message = {
      vi: `Ngày chuyển phải nằm trong thời gian của kế hoạch và không trước ngày của cơ cấu mới (${structure.split('-').reverse().join('/')}).`,
      en: `The carry date must lie in the plan period and not before the new structure (${structure}).`,
    };
    throw appError('BAD_REQUEST', 'INVALID_INPUT', message, [{ path: 'from', ...message }]);
  }
  return { preview, newIndex: await areaIndexFor(db, structure) };
}

function previewOut(loaded: LoadedPlan, preview: CarryPreview, choices: PlanCarryPreview['choices']): PlanCarryPreview {
  return {
    ...preview,
    version: loaded.row.version,
    units: preview.units.map((u) => {
      const parent = loaded.index.ancestorAt(u.code, 'district');
      return { ...u, parentName: parent?.name ?? null };
    }),
    choices,
    carried: loaded.plan.carry ? { from: loaded.plan.carry.from, structure: loaded.plan.carry.structure } : null,
  };
}

export async function planCarryPreview(
  ctx: CarryContext,
  input: { id: string; from: string; structure: string },
): Promise<PlanCarryPreview> {
  const loaded = await loadPlan(ctx.db, input.id);
  assertReadable(ctx.user, loaded);
  assertWritable(ctx.user, loaded);
  const { preview, newIndex } = await previewOf(ctx.db, loaded, input.from, input.structure);
  const choices =
    preview.provinceCode === undefined
      ? []
      : newIndex
          .descendantsOf(preview.provinceCode)
          .map((a) => ({ code: a.code, name: a.name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return previewOut(loaded, preview, choices);
}

export async function planCarry(
  ctx: CarryContext,
  input: { id: string; version: number; from: string; structure: string; decisions: Record<string, string[]> },
) {
  const loaded = await loadPlan(ctx.db, input.id);
  assertReadable(ctx.user, loaded);
  assertWritable(ctx.user, loaded);
  if (loaded.row.version !== input.version) throw versionConflict(loaded.row.version, input.version);
  if (loaded.plan.carry) {
    throw appError('CONFLICT', 'PLAN_ALREADY_CARRIED', {
      vi: `Kế hoạch đã được chuyển sang cơ cấu ngày ${loaded.plan.carry.structure.split('-').reverse().join('/')}.`,
      en: `The plan is already carried onto the structure of ${loaded.plan.carry.structure}.`,
    });
  }
  const { preview, newIndex } = await previewOf(ctx.db, loaded, input.from, input.structure);
  const { plan, problems } = carryPlan(loaded.plan, loaded.index, preview, input.decisions, newIndex);
  if (problems.length > 0) {
    throw appError(
      'BAD_REQUEST',
      'PLAN_CARRY_UNDECIDED',
      { vi: problems.map((p) => p.vi).join(' '), en: problems.map((p) => p.en).join(' ') },
      problems.map((p) => ({ path: `decisions.${p.code}`, vi: p.vi, en: p.en })),
    );
  }
  const agencies = await loadAgencies(ctx.db, plan.areaStructure);
  const issues = validatePlan(plan, { agencies, areas: loaded.index.areas });
  assertValid(issues);
  const { id: _id, ...data } = planToRow(plan);
  const updated = await ctx.db.plan.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...data, document: plan, version: { increment: 1 } },
  });
  if (updated.count === 0) throw versionConflict(input.version + 1, input.version);
  const row = await ctx.db.plan.findUniqueOrThrow({ where: { id: input.id } });
  ctx.audit({
    entity: 'plan',
    entityId: row.id,
    action: 'plan.carry',
    before: { version: loaded.row.version, carry: null },
    after: { version: row.version, carry: plan.carry, decisions: input.decisions },
  });
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}
