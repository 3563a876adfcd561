import type { AreaCoverageTarget, TargetResult } from '../../model/index.js';
import { AREA_LEVEL_NOUNS, AREA_TAG_LABELS } from '../areas.js';
import { forEachRecord, type EvaluationContext } from '../evaluation-index.js';
import { activityPhrase, listSome, statusClause } from '../explain.js';
import { formatPercentVi } from '../format.js';
import { atLeast, cumulativeStatus } from '../status.js';
import { recordWindow } from './window.js';

/**
 * Share of the areas at `level` carrying every tag, inside withinAreaCode (else the plan's scope), that have at
 * least minRecordsPerArea records. A record at a lower level counts for its ancestor at `level`; a record at a
 * higher level (a province-wide broadcast) does not cover any commune.
 */
export function evaluateAreaCoverage(ctx: EvaluationContext, target: AreaCoverageTarget): TargetResult {
  const { areas } = ctx;
  const within = ctx.withinMask(target.withinAreaCode ?? ctx.scopeCode);
  const ancestor = ctx.ancestorAtLevel(target.level);
  const counts = new Int32Array(areas.codes.length);
  const { area } = ctx.records;
  const [from, to] = recordWindow(ctx, target.period);
  forEachRecord(ctx, target, from, to, (k) => {
    const a = ancestor[area[k] as number] as number;
    if (a >= 0) counts[a] = (counts[a] as number) + 1;
  });

  let denominator = 0;
  let numerator = 0;
  const missing: string[] = [];
  for (let id = 0; id < areas.known; id++) {
    const candidate = areas.areas[id];
    if (!candidate || candidate.level !== target.level || within[id] !== 1) continue;
    if (!target.areaTags.every((tag) => candidate.tags.includes(tag))) continue;
    denominator++;
    if ((counts[id] as number) >= target.minRecordsPerArea) numerator++;
    else missing.push(candidate.code);
  }
  missing.sort();

  const value = denominator === 0 ? 0 : (numerator * 100) / denominator;
  // With no area to cover the target cannot be met: an empty denominator must not read as 100%.
  const met = denominator > 0 && atLeast(value, target.thresholdPercent);
  const { status, expected } = cumulativeStatus({
    period: target.period,
    asOf: ctx.asOf,
    met,
    value,
    threshold: target.thresholdPercent,
  });

  const noun = AREA_LEVEL_NOUNS[target.level];
  const tags = target.areaTags.map((t) => `“${AREA_TAG_LABELS[t] ?? t}”`).join(', ');
  const tagPhrase = tags ? ` có nhãn ${tags}` : '';
  const need = `cần ${formatPercentVi(target.thresholdPercent)}`;
  let explanation: string;
  if (denominator === 0) {
    explanation = `Không có ${noun} nào${tagPhrase} trong phạm vi kế hoạch nên chưa thể tính chỉ tiêu; ${need}`;
  } else {
    const atLeastPhrase = `ít nhất ${target.minRecordsPerArea} hoạt động ${activityPhrase(target.activityTypes)}`;
    explanation = `Đã có ${numerator}/${denominator} ${noun}${tagPhrase} (${formatPercentVi(value)}) có ${atLeastPhrase}; ${need}`;
    if (missing.length > 0 && status !== 'not_started') explanation += `; chưa có: ${listSome(missing)}`;
  }
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
    explanation,
  };
}
