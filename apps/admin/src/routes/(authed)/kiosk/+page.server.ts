import { api, fromApi, formErrors } from '$lib/server/api';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

const text = (form: FormData, name: string) => field(form, name).trim();

/** Kiosks are placed by province admins and by district officers (for their communes); others cannot open this. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const user = locals.user!;
  if (user.role !== 'province_admin' && user.role !== 'district_officer')
    error(403, { message: 'Chỉ quản trị cấp tỉnh và cán bộ cấp huyện quản lý ki-ốt.' });
  const thisYear = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
  );
  const year = Number(url.searchParams.get('year')) || thisYear;

  const [fleet, usage, provinces, plans] = await Promise.all([
    fromApi((a) => a.kiosk.list.query()),
    fromApi((a) => a.kiosk.usageByMonth.query({ year })),
    fromApi((a) => a.area.provinces.query()),
    user.role === 'province_admin' ? fromApi((a) => a.plan.list.query()) : Promise.resolve([]),
  ]);
  // The communes the user may place a kiosk in: its province, or for a district officer its district.
  const scope = user.scopeAreaCode;
  const inScope = provinces.filter((p) => scope === null || scope === p.code || scope.length > 2);
  const areas = (
    await Promise.all(inScope.map((p) => fromApi((a) => a.area.list.query({ provinceCode: p.code }))))
  ).flat();
  // A province's newest list may have no districts (2025): a commune is then named with its province.
  const parents = new Map(areas.filter((a) => a.level !== 'commune').map((a) => [a.code, a.name]));
  // A commune code can stand in two provinces' newest lists (Trà Vinh's 2025 communes, now in Vĩnh Long):
  // offer it once, as in the newest structure.
  const byCode = new Map<string, (typeof areas)[number]>();
  for (const a of areas) {
    if (a.level !== 'commune' || !(scope === null || scope.length === 2 || a.parentCode === scope)) continue;
    const seen = byCode.get(a.code);
    if (!seen || (a.structure ?? '') > (seen.structure ?? '')) byCode.set(a.code, a);
  }
  const communes = [...byCode.values()]
    .map((a) => ({ code: a.code, label: `${a.name} — ${parents.get(a.parentCode ?? '') ?? ''}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));

  return {
    year,
    month: fleet.month,
    devices: fleet.devices,
    usage,
    communes,
    plans: (plans as { id: string; code: string; title: string; provinceCode: string }[]).map((p) => ({
      id: p.id,
      label: `${p.code} — ${p.title}`,
      provinceCode: p.provinceCode,
    })),
    canApprove: user.role === 'province_admin',
  };
};

export const actions: Actions = {
  pair: async ({ request }) => {
    const form = await request.formData();
    const values = { code: text(form, 'code'), name: text(form, 'name'), areaCode: text(form, 'areaCode') };
    try {
      const paired = await api().kiosk.pair.mutate(values);
      return {
        action: 'pair' as const,
        done: `Đã ghép nối ki-ốt “${paired.name}” tại ${paired.communeName}. Ki-ốt sẽ tự tải nội dung trong giây lát.`,
      };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { action: 'pair' as const, message: e.message, fields: e.fields, values });
    }
  },
  revoke: async ({ request }) => {
    const form = await request.formData();
    try {
      await api().kiosk.revoke.mutate({ id: text(form, 'id') });
      return {
        action: 'revoke' as const,
        done: `Đã thu hồi ki-ốt “${text(form, 'name')}”. Ki-ốt sẽ quay lại màn hình ghép nối.`,
      };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { action: 'revoke' as const, message: e.message });
    }
  },
  approve: async ({ request }) => {
    const form = await request.formData();
    const values = { deviceId: text(form, 'deviceId'), month: text(form, 'month'), planId: text(form, 'planId') };
    try {
      const r = await api().kiosk.approveUsage.mutate(values);
      const [y, m] = values.month.split('-');
      return {
        action: 'approve' as const,
        done:
          (r.created
            ? `Đã gửi duyệt ${r.quantity} lượt tương tác tại ki-ốt (tháng ${m}/${y}). Một quản trị viên khác (không phải người gửi hay người đã ghép nối ki-ốt) cần bấm Duyệt để ghi thành kết quả đã duyệt.`
            : r.status === 'approved'
              ? `Tháng ${m}/${y} của ki-ốt này đã được duyệt cho kế hoạch (${r.quantity} lượt).`
              : `Tháng ${m}/${y} của ki-ốt này đang chờ duyệt (${r.quantity} lượt).`) +
          r.flags.map((f) => ` ${f.message}`).join(''),
      };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { action: 'approve' as const, message: e.message });
    }
  },
};
