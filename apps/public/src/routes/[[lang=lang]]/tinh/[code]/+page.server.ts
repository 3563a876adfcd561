import { isLang } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import { contactView } from '$lib/server/contacts';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const lang = isLang(event.params.lang) ? event.params.lang : 'vi';
  if (!/^\d{2}$/.test(event.params.code)) error(404, { message: 'Không tìm thấy tỉnh này.' });
  const provinces = await fromApi(event, (api) => api.public.provinces.query());
  const province = provinces.find((p) => p.code === event.params.code);
  if (!province) error(404, { message: 'Không tìm thấy tỉnh này.' });

  const [progress, contacts, areas, agencies] = await Promise.all([
    fromApi(event, (api) => api.public.planProgress.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.public.contacts.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.area.list.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.agency.list.query({ provinceCode: province.code })),
  ]);

  // The province's newest list: today's units, or a former province's last list before it joined another one.
  // Since 01/07/2025 there are no districts: the communes then hang from the province itself.
  const districts = areas
    .filter((a) => a.level === 'district')
    .map((district) => ({
      code: district.code,
      name: district.name,
      communes: areas.filter((a) => a.level === 'commune' && a.parentCode === district.code).map((a) => a.name),
    }));
  const provinceCommunes = areas
    .filter((a) => a.level === 'commune' && a.parentCode === province.code)
    .map((a) => a.name);
  const structure = areas[0]?.structure ?? null;

  return {
    province,
    progress,
    districts,
    provinceCommunes,
    structure,
    localContacts: contacts.contacts.filter((c) => c.provinceCode === province.code).map((c) => contactView(c, lang)),
    agencies: agencies.map((a) => ({ id: a.id, name: a.name })),
  };
};
