import { api, formErrors, fromApi, fromApiOrNull } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';
import { parseDateCell } from '@pcmbn/domain';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

export const load: PageServerLoad = async ({ params, url }) => {
  // dd/mm/yyyy from the form, yyyy-mm-dd from an older link.
  const requested = (url.searchParams.get('asOf') ?? '').trim();
  const parsed = requested === '' ? undefined : parseDateCell(requested);
  const asOfError =
    requested !== '' && !parsed
      ? `Ngày “${requested}” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 31/12/2019.`
      : null;
  const asOf = parsed;
  const got = await fromApi((a) => a.plan.get.query({ id: params.id }));
  // The commune map (issue 15 item 5): ?ban-do= picks its target; left out when the API cannot draw it.
  const coverageMap = fromApiOrNull((a) =>
    a.map.planCoverage.query({
      planId: params.id,
      targetId: url.searchParams.get('ban-do') || undefined,
      ...(asOf ? { asOf } : {}),
    }),
  );
  const [status, districts] = await Promise.all([
    fromApi((a) => a.plan.status.query({ id: params.id, ...(asOf ? { asOf } : {}) })),
    // Districts a district plan may be made for: none on a district plan or for those who may not derive.
    fromApi((a) => areaOptions(a, { purpose: 'plan-derive', planId: params.id })).then((o) => o.districts),
  ]);
  return { ...got, statusOfPlan: got.status, status, asOfError, districts, coverageMap: await coverageMap };
};

export const actions: Actions = {
  deriveDistrict: async ({ request, params }) => {
    const form = await request.formData();
    const districtCode = field(form, 'districtCode');
    if (!districtCode) {
      const fields: Record<string, string> = { districtCode: 'Chọn một huyện.' };
      return fail(400, { derive: { message: 'Chọn huyện để tạo kế hoạch.', fields } });
    }
    try {
      const created = await api().plan.deriveDistrict.mutate({ id: params.id, districtCode });
      return { derived: created };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { derive: { message: e.message, fields: e.fields } });
    }
  },
  publish: async ({ request, params }) => changeStatus('publish', request, params.id),
  archive: async ({ request, params }) => changeStatus('archive', request, params.id),
};

async function changeStatus(action: 'publish' | 'archive', request: Request, id: string) {
  const form = await request.formData();
  const version = Number(form.get('version'));
  try {
    const result = await api().plan[action].mutate({ id, version });
    return { statusChanged: result.status };
  } catch (cause) {
    const e = formErrors(cause);
    return fail(e.status, { statusError: e.message });
  }
}
