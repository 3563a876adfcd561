import { fromApi, fromApiOrNull, type ApiClient } from '$lib/server/api';

type ApiContact = Awaited<ReturnType<ApiClient['contact']['current']['query']>>[number];

/** What the pages show of a contact (đường dây nóng, số khẩn cấp) valid today. */
export interface ContactView {
  kind: string;
  number: string;
  label: string;
  free: boolean;
  hours: string | null;
}

function toView(contact: ApiContact): ContactView {
  return {
    kind: contact.kind,
    number: contact.number,
    label: contact.labelVi,
    free: contact.free,
    hours: contact.hours ?? null,
  };
}

export function isNationalHotline(contact: ContactView): boolean {
  return contact.kind === 'national_hotline';
}

/** Contacts valid today; the API picks them by date (111 since 19/9/2025, 18001567 before). */
export async function currentContacts(provinceCode?: string): Promise<ContactView[]> {
  const contacts = await fromApi((api) => api.contact.current.query(provinceCode ? { provinceCode } : {}));
  return contacts.map(toView);
}

/** The national hotline for the header; null when the API cannot be reached (the page then shows its error). */
export async function nationalHotline(): Promise<ContactView | null> {
  const contacts = await fromApiOrNull((api) => api.contact.current.query({}));
  return contacts?.map(toView).find(isNationalHotline) ?? null;
}
