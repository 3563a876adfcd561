import { ACTIVITY_TYPE_LABELS, formatDateVi, formatNumberVi, type Target } from '@pcmbn/domain';
import type { Option } from './options';

/**
 * A target read back as the plan would write it ("Ít nhất 30 % số xã có nhãn “nguy cơ cao” được thực hiện …"),
 * from the fields of the editor's sentence form — names, never codes. Shown under the form and updated as it is
 * typed in; the server renders the same on load, so it is there without JavaScript too.
 */
export function targetSentence(target: Target, tags: readonly Option[], areas: readonly Option[]): string {
  const name = (list: readonly Option[], v: string) => list.find((o) => o.value === v)?.label ?? v;
  const types =
    target.activityTypes.length === 0
      ? 'các hoạt động (chưa chọn loại)'
      : target.activityTypes.map((t) => ACTIVITY_TYPE_LABELS[t].vi.toLowerCase()).join(', ');
  const dates = (from: string, to: string) =>
    from && to ? `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}` : '(chưa đủ ngày bắt đầu, kết thúc)';
  const period = dates(target.period.from, target.period.to);
  const num = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '…' : formatNumberVi(n, 2));
  const tagged = (list: readonly string[]) =>
    list.length === 0 ? '' : ` có nhãn ${list.map((t) => `“${name(tags, t)}”`).join(' hoặc ')}`;
  switch (target.kind) {
    case 'area_coverage': {
      const level = { commune: 'xã', district: 'huyện', province: 'tỉnh' }[target.level];
      const within = target.withinAreaCode ? ` thuộc ${name(areas, target.withinAreaCode)}` : '';
      return `Ít nhất ${num(target.thresholdPercent)} % số ${level}${within}${tagged(target.areaTags)} có ít nhất ${num(target.minRecordsPerArea)} lần ${types}, ${period}.`;
    }
    case 'cadence': {
      const every = { month: 'Mỗi tháng', quarter: 'Mỗi quý', year: 'Mỗi năm' }[target.every];
      return `${every} có ít nhất ${num(target.minPerPeriod)} lần ${types}, ${period}.`;
    }
    case 'population_reach': {
      const group = {
        aged14to60: 'người từ 14 đến 60 tuổi',
        total: 'người dân',
        women: 'phụ nữ',
        children: 'trẻ em',
      }[target.group];
      const where = target.areaTags.length === 0 ? ' trên địa bàn' : ` ở các địa bàn${tagged(target.areaTags)}`;
      return `Ít nhất ${num(target.thresholdPercent)} % ${group}${where} được tiếp cận qua ${types}, ${period}.`;
    }
    case 'output_count': {
      const places = target.areaCodes?.length ? ` tại ${target.areaCodes.map((c) => name(areas, c)).join(', ')}` : '';
      return `Đạt ít nhất ${num(target.minQuantity)} (số lượng) ${types}${places}, ${period}.`;
    }
    case 'deadline':
      return `Hoàn thành ${types} trước ngày ${target.dueDate ? formatDateVi(target.dueDate) : '…'} (${period}).`;
  }
}
