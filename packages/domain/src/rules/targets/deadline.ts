import type { DeadlineTarget, TargetResult, TargetStatus } from '../../model/index.js';
import { daysBetween, isoOf } from '../dates.js';
import { forEachRecord, type EvaluationContext } from './evaluation-index.js';
import { activityPhrase } from './explain.js';
import { DUE_WARNING_DAYS } from './status.js';
import { recordWindow } from './window.js';
import { formatDateVi } from '../../format/dates.js';

/** Days before the due date from which an unmet deadline is shown as at risk (half a month to act). */
export const DEADLINE_WARNING_DAYS = DUE_WARNING_DAYS;

/**
 * A record dated from period.from up to dueDate. Met → achieved, whenever asOf is. Unmet: not_started before the
 * period, missed after dueDate and from the period's last day on, at_risk in the last DEADLINE_WARNING_DAYS days, else on_track (a one-off task
 * has no meaningful "share done by now"). value is 0 or 1, threshold 1; `missing` stays empty (no area or
 * period to list: the explanation names the due date).
 */
export function evaluateDeadline(ctx: EvaluationContext, target: DeadlineTarget): TargetResult {
  const { ymd } = ctx.records;
  let first = Number.POSITIVE_INFINITY;
  const [from, to] = recordWindow(ctx, target.period, target.dueDate);
  forEachRecord(ctx, target, from, to, (k) => {
    const d = ymd[k] as number;
    if (d < first) first = d;
  });
  const met = first !== Number.POSITIVE_INFINITY;
  const asOf = ctx.asOf;
  const due = target.dueDate;
  let status: TargetStatus;
  if (met) status = 'achieved';
  else if (asOf < target.period.from) status = 'not_started';
  else if (asOf > due || asOf >= target.period.to) status = 'missed';
  else status = daysBetween(asOf, due) < DEADLINE_WARNING_DAYS ? 'at_risk' : 'on_track';

  const what = activityPhrase(target.activityTypes);
  let explanation: string;
  if (met) {
    const doneOn = isoOf(Math.floor(first / 10000), Math.floor(first / 100) % 100, first % 100);
    explanation = `Đã có hoạt động ${what} ngày ${formatDateVi(doneOn)}, trong hạn ${formatDateVi(due)}.`;
  } else if (status === 'missed') {
    explanation = `Không có hoạt động ${what} đến hạn ${formatDateVi(due)}.`;
  } else if (status === 'not_started') {
    explanation = `Chưa có hoạt động ${what}; chỉ tiêu bắt đầu từ ${formatDateVi(target.period.from)}, hạn ${formatDateVi(due)}.`;
  } else {
    explanation = `Chưa có hoạt động ${what}; hạn ${formatDateVi(due)}, còn ${daysBetween(asOf, due)} ngày.`;
  }

  return {
    targetId: target.id,
    kind: target.kind,
    status,
    value: met ? 1 : 0,
    threshold: 1,
    missing: [],
    explanation,
  };
}
