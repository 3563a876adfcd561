import { api, fromApi, formErrors } from '$lib/server/api';
import { AREA_TAG_LABELS } from '@pcmbn/domain';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

const GROUPS = ['total', 'aged14to60', 'women', 'children'] as const;

export const load: PageServerLoad = async ({ params, url }) => {
  const provinces = await fromApi((a) => a.area.provinces.query());
  const hinted = url.searchParams.get('tinh');
  const order = [...provinces.filter((p) => p.code === hinted), ...provinces.filter((p) => p.code !== hinted)].filter(
    (p) => p.structures.includes(params.structure),
  );
  for (const p of order) {
    const areas = await fromApi((a) => a.area.list.query({ provinceCode: p.code, structure: params.structure }));
    const area = areas.find((a) => a.code === params.code);
    if (area) {
      return {
        area,
        province: { code: p.code, name: p.name },
        structure: params.structure,
        known: Object.entries(AREA_TAG_LABELS).map(([value, label]) => ({ value, label })),
      };
    }
  }
  error(404, { message: `Không tìm thấy địa bàn ${params.code} trong danh mục ngày ${params.structure}.` });
};

export const actions: Actions = {
  default: async ({ request, params }) => {
    const form = await request.formData();
    const other = field(form, 'otherTags')
      .split(/[,;\s]+/)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const tags = [...form.getAll('tags').map(String), ...other];
    const raw = Object.fromEntries(GROUPS.map((g) => [g, field(form, g).trim()])) as Record<
      (typeof GROUPS)[number],
      string
    >;
    const population: Record<string, number> = {};
    for (const g of GROUPS) if (raw[g] !== '') population[g] = Number(raw[g]);
    try {
      await api().area.update.mutate({
        code: params.code,
        structure: params.structure,
        tags,
        population: Object.keys(population).length > 0 ? population : null,
      });
      return { done: true as const };
    } catch (cause) {
      const e = formErrors(cause);
      // 'tags.2' and 'population.total' → the field beside which the message goes.
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(e.fields)) {
        const key = path.startsWith('tags') ? 'tags' : path.replace(/^population\./, '');
        fields[key] ??= message;
      }
      return fail(e.status, { message: e.message, fields, values: { tags, otherTags: other.join(', '), ...raw } });
    }
  },
};
