import type { PopulationReachTarget, TargetResult } from '../../model/index.js';
import { AREA_TAG_LABELS } from '../areas.js';
import { forEachRecord, type EvaluationContext } from '../evaluation-index.js';
import { activityPhrase, listSome, statusClause } from '../explain.js';
import { formatNumberVi, formatPercentVi } from '../format.js';
import { atLeast, cumulativeStatus } from '../status.js';
import { recordWindow } from './window.js';

export const POPULATION_GROUP_NOUNS: Record<PopulationReachTarget['group'], string> = {
  total: 'người',
  aged14to60: 'người từ 14 đến 60 tuổi',
  women: 'phụ nữ',
  children: 'trẻ em',
};

/**
 * People reached over the population of the tagged areas in the plan's scope.
 *
 * Choices (the plans say "≥ 75% of people aged 14–60 in key areas" and nothing more):
 * - An area is measured when it carries every tag (any level) and has a population figure for `group`.
 * - Tagged areas without that figure are left out of numerator AND denominator (their reach cannot be capped and
 *   a guessed population would bend the percentage); they are returned in `excluded` and counted in the
 *   explanation, so that the missing data gets noticed and filled in — unless measured areas lie above or below
 *   them (a tagged district without a figure whose tagged communes have one is measured through its communes).
 * - When a measured area lies inside another measured area, only the outer one counts (its population already
 *   includes the inner one's); records anywhere below a measured area count for it.
 * - Reach is capped per area at its population: repeated sessions with the same people cannot exceed 100%.
 * - `missing` lists the measured areas still below the threshold.
 */
export function evaluatePopulationReach(ctx: EvaluationContext, target: PopulationReachTarget): TargetResult {
  const { areas } = ctx;
  const within = ctx.withinMask(ctx.scopeCode);
  const group = target.group;
  const selected = new Uint8Array(areas.codes.length);
  const unmeasured: number[] = [];
  for (let id = 0; id < areas.known; id++) {
    const area = areas.areas[id];
    if (!area || within[id] !== 1 || !target.areaTags.every((tag) => area.tags.includes(tag))) continue;
    if (area.population?.[group] === undefined) unmeasured.push(id);
    else selected[id] = 1;
  }
  // owner[id]: the outermost measured area at or above id, -1 when none.
  const { parent } = areas;
  const owner = new Int32Array(areas.codes.length).fill(-1);
  const measuredBelow = new Uint8Array(areas.codes.length);
  for (let id = 0; id < owner.length; id++) {
    for (let a = id; a >= 0; a = parent[a] as number) if (selected[a] === 1) owner[id] = a;
    if (selected[id] === 1) for (let a = parent[id] as number; a >= 0; a = parent[a] as number) measuredBelow[a] = 1;
  }
  // A tagged district without a figure whose tagged communes have one is measured through them: not excluded.
  const excluded = unmeasured
    .filter((id) => owner[id] === -1 && measuredBelow[id] !== 1)
    .map((id) => areas.codes[id] as string);

  const reachedSum = new Float64Array(areas.codes.length);
  const { area } = ctx.records;
  const reached = ctx.records.reached.get(group);
  const [from, to] = recordWindow(ctx, target.period);
  if (reached) {
    forEachRecord(ctx, target, from, to, (k) => {
      const o = owner[area[k] as number] as number;
      if (o >= 0) reachedSum[o] = (reachedSum[o] as number) + (reached[k] as number);
    });
  }

  let numerator = 0;
  let denominator = 0;
  let measured = 0;
  const missing: string[] = [];
  for (let id = 0; id < areas.known; id++) {
    if (selected[id] !== 1 || owner[id] !== id) continue;
    const population = areas.areas[id]?.population?.[group] ?? 0;
    const got = Math.min(reachedSum[id] as number, population);
    measured++;
    numerator += got;
    denominator += population;
    if (!atLeast(got * 100, target.thresholdPercent * population)) missing.push(areas.codes[id] as string);
  }
  missing.sort();
  excluded.sort();

  const value = denominator === 0 ? 0 : (numerator * 100) / denominator;
  const met = denominator > 0 && atLeast(value, target.thresholdPercent);
  const { status, expected } = cumulativeStatus({
    period: target.period,
    asOf: ctx.asOf,
    met,
    value,
    threshold: target.thresholdPercent,
  });

  const people = POPULATION_GROUP_NOUNS[group];
  const tags = target.areaTags.map((t) => `“${AREA_TAG_LABELS[t] ?? t}”`).join(', ');
  const where = tags ? `địa bàn có nhãn ${tags}` : 'địa bàn';
  const need = `cần ${formatPercentVi(target.thresholdPercent)}`;
  let explanation =
    denominator === 0
      ? `Chưa có ${where} nào có số liệu dân số (${people}) nên chưa thể tính chỉ tiêu; ${need}`
      : `Đã tiếp cận ${formatNumberVi(numerator, 0)}/${formatNumberVi(denominator, 0)} ${people} (${formatPercentVi(value)}) ` +
        `qua hoạt động ${activityPhrase(target.activityTypes)} tại ${measured} ${where}; ${need}`;
  if (excluded.length > 0)
    explanation += `; ${excluded.length} địa bàn chưa có số liệu dân số nên không tính: ${listSome(excluded)}`;
  explanation += `${statusClause(target, status, expected, 'percent')}.`;

  return {
    targetId: target.id,
    kind: target.kind,
    status,
    value,
    threshold: target.thresholdPercent,
    ...(expected === undefined ? {} : { expected }),
    numerator,
    denominator,
    missing,
    excluded,
    explanation,
  };
}
