import { api, fromApi, formErrors } from '$lib/server/api';
import { can, isProvinceCode } from '@pcmbn/domain';
import { kioskAreas } from './communes.server';
import { error, fail, redirect } from '@sveltejs/kit';
import { fleetActions } from './fleet-actions';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

const text = (form: FormData, name: string) => field(form, name).trim();

/** Kiosks are placed by province admins and by district officers (for their communes); others cannot open this. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const user = locals.user!;
  if (!can(user, 'kiosk.view')) error(403, { message: 'Chỉ quản trị cấp tỉnh và cán bộ cấp huyện quản lý ki-ốt.' });
  const manages = can(user, 'kiosk.manage');
  const thisYear = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
  );
  const year = Number(url.searchParams.get('year')) || thisYear;
  // An every-province admin chooses the kiosk's province first (?tinh=): the suggestions are that province's.
  const everyProvince = user.scopeAreaCode === null;
  const tinh = url.searchParams.get('tinh') ?? '';
  const province = everyProvince && isProvinceCode(tinh) ? tinh : '';

  const [fleet, usage, areas, plans, messages, content, provinces] = await Promise.all([
    fromApi((a) => a.kiosk.list.query()),
    fromApi((a) => a.kiosk.usageByMonth.query({ year })),
    kioskAreas(everyProvince ? province || 'none' : undefined),
    manages ? fromApi((a) => a.plan.list.query()) : Promise.resolve([]),
    fromApi((a) => a.kiosk.messages.query()),
    manages ? fromApi((a) => a.kiosk.contentItems.query()) : Promise.resolve(null),
    everyProvince ? fromApi((a) => a.area.provinces.query()) : Promise.resolve([]),
  ]);
  const areaNames = new Map(areas.names.map((a) => [a.code, a.name]));
  const pairedId = url.searchParams.get('paired');
  const paired = pairedId ? (fleet.devices.find((d) => d.id === pairedId) ?? null) : null;

  return {
    year,
    month: fleet.month,
    offlineAfterMinutes: fleet.offlineAfterMinutes,
    devices: fleet.devices,
    paired,
    messages: messages.map((m) => ({
      ...m,
      areaName: areaNames.get(m.areaCode ?? m.provinceCode) ?? m.areaCode ?? m.provinceCode,
    })),
    messageTargets: areas.messageTargets,
    content,
    usage,
    communes: areas.communes.map((c) => ({ code: c.code, label: c.label })),
    everyProvince,
    province,
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    plans: (plans as { id: string; code: string; title: string; provinceCode: string }[]).map((p) => ({
      id: p.id,
      label: `${p.code} — ${p.title}`,
      provinceCode: p.provinceCode,
    })),
    canApprove: manages,
  };
};

/** The commune whose "name — district/province" label (or unique name) was typed, as the page offered it. */
async function communeCodeFor(typed: string): Promise<string | null> {
  if (!typed) return null;
  const norm = (v: string) => v.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const want = norm(typed);
  const { communes } = await kioskAreas();
  const byLabel = communes.filter((c) => norm(c.label) === want);
  if (byLabel.length === 1) return byLabel[0]!.code;
  const byName = communes.filter((c) => norm(c.name) === want);
  return byName.length === 1 ? byName[0]!.code : null;
}

export const actions: Actions = {
  ...fleetActions,
  pair: async ({ request, url }) => {
    const form = await request.formData();
    const commune = text(form, 'commune');
    const values = { code: text(form, 'code'), name: text(form, 'name'), commune };
    // The commune box offers "Xã … — Huyện …" from a list of 3,300 (datalist: works without JavaScript); a code or
    // a commune name that is unique is taken too.
    const areaCode = /^\d{5}$/.test(commune) ? commune : await communeCodeFor(commune);
    if (!areaCode) {
      const message = commune
        ? `Không tìm thấy xã, phường “${commune}”. Gõ vài chữ của tên rồi chọn trong danh sách gợi ý.`
        : 'Chọn xã, phường nơi đặt ki-ốt.';
      return fail(400, { action: 'pair' as const, message, fields: { commune: message }, values });
    }
    let pairedId: string;
    try {
      const paired = await api().kiosk.pair.mutate({
        code: values.code,
        name: values.name,
        areaCode,
        ...(text(form, 'contactName') ? { contactName: text(form, 'contactName') } : {}),
        ...(text(form, 'contactPhone') ? { contactPhone: text(form, 'contactPhone') } : {}),
      });
      pairedId = paired.id;
    } catch (cause) {
      const e = formErrors(cause);
      const fields = { ...e.fields, ...(e.fields['areaCode'] ? { commune: e.fields['areaCode'] } : {}) };
      return fail(e.status, { action: 'pair' as const, message: e.message, fields, values });
    }
    // The success stays on the page (and on reload) until the next pairing: it is in the address.
    redirect(303, `${url.pathname}?paired=${pairedId}`);
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
