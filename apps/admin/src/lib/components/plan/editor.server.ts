import type { Plan } from '@pcmbn/domain';
import { fromApi } from '$lib/server/api';

/** Agencies offered in the plan editor: those of the plan's province (and national bodies) in force on its issue date. */
export async function editorOptions(plan: Pick<Plan, 'provinceCode' | 'issuedOn'>) {
  const agencies = await fromApi((a) => a.agency.list.query({ asOf: plan.issuedOn }));
  return {
    agencies: agencies
      .filter((a) => a.provinceCode === undefined || a.provinceCode === plan.provinceCode)
      .map((a) => ({ value: a.id, label: a.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  };
}

/** The editor posts the whole document as JSON in one hidden field; the API validates it. */
export function readDocument(form: FormData): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(String(form.get('document') ?? '')) };
  } catch {
    return { ok: false, message: 'Không đọc được nội dung kế hoạch gửi lên; hãy tải lại trang và thử lại.' };
  }
}
