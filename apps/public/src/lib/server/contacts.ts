import { fromApi, fromApiOrNull, type ApiClient } from '$lib/server/api';

type ApiContact = Awaited<ReturnType<ApiClient['contact']['current']['query']>>['contacts'][number];

/** What the pages show of a number in force today (đường dây nóng, số khẩn cấp, liên hệ địa phương). */
export interface ContactView {
  kind: string;
  number: string;
  label: string;
  free: boolean;
  hours: string | null;
}

function toView(contact: ApiContact): ContactView {
  return { kind: contact.kind, number: contact.number, label: contact.label.vi, free: contact.free, hours: contact.hours ?? null };
}

export interface CurrentContacts {
  hotline: ContactView | null;
  emergency: ContactView[];
  /** Support lines and the province's own numbers. */
  other: ContactView[];
}

function group(contacts: ApiContact[]): CurrentContacts {
  const view = contacts.map(toView);
  return {
    hotline: view.find((c) => c.kind === 'national_hotline') ?? null,
    emergency: view.filter((c) => c.kind === 'emergency'),
    other: view.filter((c) => c.kind !== 'national_hotline' && c.kind !== 'emergency'),
  };
}

/** Numbers in force today; the API picks them by date (111 since 19/9/2025, 18001567 before). */
export async function currentContacts(provinceCode?: string): Promise<CurrentContacts> {
  const { contacts } = await fromApi((api) => api.contact.current.query(provinceCode ? { provinceCode } : {}));
  return group(contacts);
}

/** The national hotline for the header; null when the API cannot be reached (the page then shows its error). */
export async function nationalHotline(): Promise<ContactView | null> {
  const result = await fromApiOrNull((api) => api.contact.current.query({}));
  return result ? group(result.contacts).hotline : null;
}
