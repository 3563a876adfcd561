import { currentContacts } from '$lib/server/contacts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const { hotline } = await currentContacts();
  return { hotline };
};
