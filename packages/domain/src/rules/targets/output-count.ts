import type { OutputCountTarget, TargetResult } from '../../model/index.js';
import { areaNameIn, forEachRecord, type EvaluationContext } from './evaluation-index.js';
import { activityPhrase, listSome, statusClause } from './explain.js';
import { atLeast, cumulativeStatus, targetExpectation } from './status.js';
import { recordWindow } from './window.js';
import { formatNumberVi } from '../../format/numbers.js';

/**
 * Total quantity (a record without quantity is one unit) within areaCodes and below them when given, else
 * anywhere in the plan; each of requiredAreaCodes needs a record at itself or below it (the three billboard sites
 * of Lai Châu). Met when the total reaches minQuantity and every required place is covered. numerator and
 * denominator count the required places covered, when there are any. Judged against time by the target's
 * expectation (targetExpectation: a handful of one-off outputs is due at the end of the period, not day by day).
 */
export function evaluateOutputCount(ctx: EvaluationContext, target: OutputCountTarget): TargetResult {
  const { areas } = ctx;
  const n = areas.codes.length;
  let inArea: Uint8Array | undefined;
  if (target.areaCodes !== undefined) {
    inArea = new Uint8Array(n);
    for (const code of target.areaCodes) {
      const mask = ctx.withinMask(code);
      for (let id = 0; id < n; id++) if (mask[id] === 1) inArea[id] = 1;
    }
  }
  const required = [...new Set(target.requiredAreaCodes ?? [])];
  const slotOf = new Int32Array(n).fill(-1);
  required.forEach((code, slot) => {
    const id = areas.idOf.get(code);
    if (id !== undefined) slotOf[id] = slot;
  });
  const covered = new Uint8Array(required.length);
  const { area, quantity, quantityFrom } = ctx.records;
  const { parent } = areas;
  let total = 0;
  const [from, to] = recordWindow(ctx, target.period);
  forEachRecord(ctx, target, from, to, (k) => {
    const a = area[k] as number;
    if (inArea === undefined || inArea[a] === 1) total += quantity[k - quantityFrom] as number;
    if (required.length > 0) {
      for (let up = a; up >= 0; up = parent[up] as number) {
        const slot = slotOf[up] as number;
        if (slot >= 0) covered[slot] = 1;
      }
    }
  });
  const missing = required.filter((_, slot) => covered[slot] !== 1).sort();
  const met = atLeast(total, target.minQuantity) && missing.length === 0;
  const { status, expected } = cumulativeStatus({
    period: target.period,
    asOf: ctx.asOf,
    met,
    value: total,
    threshold: target.minQuantity,
    expectation: targetExpectation(target),
  });

  // Places by name in the sentence (people read names); `missing` keeps the codes for the apps' lists.
  const named = (codes: readonly string[]) => codes.map((code) => areaNameIn(areas, code) ?? code);
  let explanation = `Đã thực hiện ${formatNumberVi(total)}/${formatNumberVi(target.minQuantity)} (${activityPhrase(target.activityTypes)})`;
  if (target.areaCodes !== undefined) explanation += ` tại ${listSome(named(target.areaCodes))}`;
  if (required.length > 0) {
    explanation += `; có tại ${required.length - missing.length}/${required.length} địa bàn bắt buộc`;
    if (missing.length > 0) explanation += `, còn thiếu: ${listSome(named(missing))}`;
  }
  explanation += `${statusClause(target, status, expected, 'count', ctx.asOf)}.`;

  return {
    targetId: target.id,
    kind: target.kind,
    status,
    value: total,
    threshold: target.minQuantity,
    ...(expected === undefined ? {} : { expected }),
    ...(required.length > 0 ? { numerator: required.length - missing.length, denominator: required.length } : {}),
    missing,
    explanation,
  };
}
