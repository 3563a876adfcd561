import { fromApi } from '$lib/server/api';
import { currentContacts } from '$lib/server/contacts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const [contacts, provinces] = await Promise.all([
    currentContacts(),
    fromApi((api) => api.area.provinces.query()),
  ]);
  return { hotline: contacts.hotline, emergency: contacts.emergency, provinces };
};
