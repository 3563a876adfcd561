import { fromApi } from '$lib/server/api';
import { currentContacts, isNationalHotline } from '$lib/server/contacts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const [contacts, provinces] = await Promise.all([
    currentContacts(),
    fromApi((api) => api.area.provinces.query()),
  ]);
  return {
    hotline: contacts.find(isNationalHotline) ?? null,
    emergency: contacts.filter((c) => c.kind !== 'national_hotline' && c.kind.startsWith('emergency')),
    provinces,
  };
};
