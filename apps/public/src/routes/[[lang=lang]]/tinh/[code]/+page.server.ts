import { fromApi } from '$lib/server/api';
import { currentContacts } from '$lib/server/contacts';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const provinces = await fromApi((api) => api.area.provinces.query());
  const province = provinces.find((p) => p.code === params.code);
  if (!province) error(404, { message: 'Không tìm thấy tỉnh này.' });

  const [areas, contacts, agencies] = await Promise.all([
    fromApi((api) => api.area.list.query({ provinceCode: province.code })),
    currentContacts(province.code),
    fromApi((api) => api.agency.list.query({ provinceCode: province.code })),
  ]);

  const districts = areas
    .filter((a) => a.level === 'district')
    .map((district) => ({
      code: district.code,
      name: district.name,
      communes: areas.filter((a) => a.level === 'commune' && a.parentCode === district.code).map((a) => a.name),
    }));

  return {
    province,
    districts,
    localContacts: contacts.other,
    agencies: agencies.map((a) => ({ id: a.id, name: a.name })),
  };
};
