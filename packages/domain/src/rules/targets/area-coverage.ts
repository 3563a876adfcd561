import type { AreaCoverageTarget, DataGap, TargetResult } from '../../model/index.js';
import { AREA_LEVEL_NOUNS, AREA_TAG_LABELS } from '../areas/areas.js';
import { areaNameIn, forEachRecord, type EvaluationContext } from './evaluation-index.js';
import { activityPhrase, listSome, noDataExplanation, statusClause } from './explain.js';
import { atLeast, cumulativeStatus, targetExpectation } from './status.js';
import { recordWindow } from './window.js';
import { formatPercentVi } from '../../format/numbers.js';

/**
 * Share of the areas at `level` carrying every tag, inside withinAreaCode (else the plan's scope), that have at
 * least minRecordsPerArea records. A record at a lower level counts for its ancestor at `level`; a record at a
 * higher level (a province-wide broadcast) does not cover any commune.
 *
 * With no area to cover (no unit at `level` in scope, or none carrying the tags) the target cannot be measured:
 * status no_data, with `dataGaps` naming the tag (and how many areas carry it) or the missing units — never
 * off_track or missed because an admin has not tagged the high-risk communes yet.
 */
export function evaluateAreaCoverage(ctx: EvaluationContext, target: AreaCoverageTarget): TargetResult {
  const { areas } = ctx;
  const within = ctx.withinMask(target.withinAreaCode ?? ctx.scopeCode);
  const ancestor = ctx.ancestorAtLevel(target.level);
  const counts = new Int32Array(areas.codes.length);
  const { area, weight } = ctx.records;
  const [from, to] = recordWindow(ctx, target.period);
  forEachRecord(ctx, target, from, to, (k) => {
    const a = ancestor[area[k] as number] as number;
    if (a >= 0) counts[a] = (counts[a] as number) + (weight[k] as number);
  });

  let denominator = 0;
  let numerator = 0;
  let candidates = 0;
  const tagged = new Int32Array(target.areaTags.length);
  const missing: string[] = [];
  for (let id = 0; id < areas.known; id++) {
    const candidate = areas.areas[id];
    if (!candidate || candidate.level !== target.level || within[id] !== 1) continue;
    candidates++;
    let all = true;
    for (let t = 0; t < target.areaTags.length; t++) {
      if (candidate.tags.includes(target.areaTags[t] as string)) tagged[t] = (tagged[t] as number) + 1;
      else all = false;
    }
    if (!all) continue;
    denominator++;
    if ((counts[id] as number) >= target.minRecordsPerArea) numerator++;
    else missing.push(candidate.code);
  }
  missing.sort();
  const withinAreaCode = target.withinAreaCode ?? ctx.scopeCode;
  if (denominator === 0) {
    const gaps: DataGap[] = [];
    if (candidates === 0) gaps.push({ kind: 'areas', level: target.level, withinAreaCode });
    else {
      const none = target.areaTags.some((_, t) => tagged[t] === 0);
      target.areaTags.forEach((tag, t) => {
        if (!none || tagged[t] === 0)
          gaps.push({
            kind: 'area_tag',
            tag,
            level: target.level,
            withinAreaCode,
            tagged: tagged[t] as number,
            candidates,
          });
      });
    }
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

  const noun = AREA_LEVEL_NOUNS[target.level];
  const tags = target.areaTags.map((t) => `“${AREA_TAG_LABELS[t] ?? t}”`).join(', ');
  const tagPhrase = tags ? ` có nhãn ${tags}` : '';
  const need = `cần ${formatPercentVi(target.thresholdPercent)}`;
  const atLeastPhrase = `ít nhất ${target.minRecordsPerArea} hoạt động ${activityPhrase(target.activityTypes)}`;
  let explanation = `Đã có ${numerator}/${denominator} ${noun}${tagPhrase} (${formatPercentVi(value)}) có ${atLeastPhrase}; ${need}`;
  if (missing.length > 0 && status !== 'not_started')
    explanation += `; chưa có: ${listSome(missing.map((code) => areaNameIn(areas, code) ?? code))}`;
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
    explanation,
  };
}
