import type { AreaLevel, DataGap, PopulationReachTarget, TargetResult } from '../../model/index.js';
import { AREA_TAG_LABELS } from '../areas/areas.js';
import { areaNameIn, forEachRecord, type EvaluationContext } from './evaluation-index.js';
import { activityPhrase, listSome, noDataExplanation, statusClause } from './explain.js';
import { atLeast, cumulativeStatus, targetExpectation } from './status.js';
import { recordWindow } from './window.js';
import { formatNumberVi, formatPercentVi } from '../../format/numbers.js';

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
 * - With no measured area the target cannot be measured: status no_data. `dataGaps` names each tag no area in
 *   scope carries and the population figures missing — of the tagged areas, or, when no area carries the tags,
 *   of every commune in scope (an officer must supply both). Areas left out beside measured ones are listed as a
 *   population gap too, while the status is judged on the measured ones.
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

  const gaps = populationGaps(ctx, target, measured, excluded);
  if (measured === 0 || denominator === 0) {
    const text = noDataExplanation(gaps, ctx.scopeCode, (code) => areaNameIn(ctx.areas, code));
    return {
      targetId: target.id,
      kind: target.kind,
      status: 'no_data',
      value: 0,
      threshold: target.thresholdPercent,
      numerator: 0,
      denominator: 0,
      missing: [],
      excluded,
      dataGaps: gaps,
      explanation: text.vi,
      explanationEn: text.en,
    };
  }

  const value = (numerator * 100) / denominator;
  const met = atLeast(value, target.thresholdPercent);
  const { status, expected } = cumulativeStatus({
    period: target.period,
    asOf: ctx.asOf,
    met,
    value,
    threshold: target.thresholdPercent,
    expectation: targetExpectation(target),
  });

  const people = POPULATION_GROUP_NOUNS[group];
  const tags = target.areaTags.map((t) => `“${AREA_TAG_LABELS[t] ?? t}”`).join(', ');
  const where = tags ? `địa bàn có nhãn ${tags}` : 'địa bàn';
  const need = `cần ${formatPercentVi(target.thresholdPercent)}`;
  let explanation =
    `Đã tiếp cận ${formatNumberVi(numerator, 0)}/${formatNumberVi(denominator, 0)} ${people} (${formatPercentVi(value)}) ` +
    `qua hoạt động ${activityPhrase(target.activityTypes)} tại ${measured} ${where}; ${need}`;
  if (excluded.length > 0)
    explanation += `; ${excluded.length} địa bàn chưa có số liệu dân số nên không tính: ${listSome(excluded.map((code) => areaNameIn(areas, code) ?? code))}`;
  explanation += `${statusClause(target, status, expected, 'percent', ctx.asOf)}.`;

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
    ...(gaps.length > 0 ? { dataGaps: gaps } : {}),
    explanation,
  };
}

/**
 * What population_reach lacks: each tag no area in scope carries (counted over communes), and the population
 * figures missing — of the excluded tagged areas, or of every commune in scope when no area carries the tags
 * (or the target has none and nothing is measured).
 */
function populationGaps(
  ctx: EvaluationContext,
  target: PopulationReachTarget,
  measured: number,
  excluded: readonly string[],
): DataGap[] {
  const { areas } = ctx;
  const within = ctx.withinMask(ctx.scopeCode);
  const gaps: DataGap[] = [];
  if (measured > 0 && excluded.length === 0) return gaps;
  let communes = 0;
  const communesWithout: string[] = [];
  const taggedCount = new Int32Array(target.areaTags.length);
  let anyTagged = false;
  for (let id = 0; id < areas.known; id++) {
    const area = areas.areas[id];
    if (!area || within[id] !== 1) continue;
    let all = true;
    for (let t = 0; t < target.areaTags.length; t++) {
      if (area.tags.includes(target.areaTags[t] as string)) taggedCount[t] = (taggedCount[t] as number) + 1;
      else all = false;
    }
    if (all && target.areaTags.length > 0) anyTagged = true;
    if (area.level !== 'commune') continue;
    communes++;
    if (area.population?.[target.group] === undefined) communesWithout.push(area.code);
  }
  if (communes === 0 && !anyTagged) return [{ kind: 'areas', level: 'commune', withinAreaCode: ctx.scopeCode }];
  if (!anyTagged && target.areaTags.length > 0) {
    const none = target.areaTags.some((_, t) => taggedCount[t] === 0);
    target.areaTags.forEach((tag, t) => {
      if (!none || taggedCount[t] === 0)
        gaps.push({
          kind: 'area_tag',
          tag,
          level: 'commune',
          withinAreaCode: ctx.scopeCode,
          tagged: taggedCount[t] as number,
          candidates: communes,
        });
    });
  }
  if (anyTagged) {
    if (excluded.length > 0) {
      const levels = new Set(excluded.map((code) => areas.areas[areas.idOf.get(code) as number]?.level));
      const level: AreaLevel = levels.size === 1 ? ([...levels][0] ?? 'commune') : 'commune';
      gaps.push({
        kind: 'population',
        group: target.group,
        level,
        missing: excluded.length,
        of: excluded.length + measured,
        areaCodes: [...excluded],
      });
    }
  } else if (communesWithout.length > 0) {
    gaps.push({
      kind: 'population',
      group: target.group,
      level: 'commune',
      missing: communesWithout.length,
      of: communes,
      areaCodes: communesWithout.sort(),
    });
  }
  return gaps;
}
