import { langOf } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import { todayInHoChiMinh } from '@pcmbn/domain';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const lang = langOf(event.params.lang);
  const asked = Number(event.url.searchParams.get('nam'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
  const provinces = await fromApi(event, (api) => api.public.provinces.query());
  // `?tinh=12`: national events and that province's own; an unknown code is ignored rather than an error page.
  const province = provinces.find((p) => p.code === event.url.searchParams.get('tinh'));
  const result = await fromApi(event, (api) =>
    api.public.events.query({ lang, ...(year ? { year } : {}), ...(province ? { provinceCode: province.code } : {}) }),
  );
  const names = new Map(provinces.map((p) => [p.code, p.name]));
  const today = todayInHoChiMinh();
  return {
    ...result,
    events: result.events.map((e) => ({
      ...e,
      provinceName: e.provinceCode ? (names.get(e.provinceCode) ?? e.provinceCode) : null,
      // Over once its last day is before today (in Vietnam): "đã diễn ra".
      past: (e.window?.to ?? e.date) < today,
    })),
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    province: province?.code ?? null,
  };
};
