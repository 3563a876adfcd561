import type { Language } from '@pcmbn/domain';
import type { ApiClient } from '$lib/server/api';

type ApiContact = Awaited<ReturnType<ApiClient['public']['contacts']['query']>>['contacts'][number];

/** What the pages show of a number in force today (đường dây nóng, số khẩn cấp, liên hệ địa phương). */
export interface ContactView {
  kind: string;
  number: string;
  label: string;
  free: boolean;
  hours: string | null;
}

export function contactView(contact: ApiContact, lang: Language): ContactView {
  return {
    kind: contact.kind,
    number: contact.number,
    label: contact.label[lang] ?? contact.label.vi,
    free: contact.free,
    hours: contact.hours ?? null,
  };
}
