import { fromApi } from '$lib/server/api';

/** Numbers in force today; the API picks them by date (111 since 19/9/2025, 18001567 before). */
export async function currentContacts() {
  const { contacts } = await fromApi((api) => api.contact.current.query({}));
  const view = contacts.map((c) => ({ kind: c.kind, number: c.number, label: c.label.vi, free: c.free, hours: c.hours ?? null }));
  return {
    hotline: view.find((c) => c.kind === 'national_hotline') ?? null,
    emergency: view.filter((c) => c.kind === 'emergency'),
  };
}
