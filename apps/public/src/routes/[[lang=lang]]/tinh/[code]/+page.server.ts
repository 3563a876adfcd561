import { langOf } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import { contactView } from '$lib/server/contacts';
import { annotateOldNumbers, numberSuccessors } from '$lib/phone';
import { isProvinceCode } from '@pcmbn/domain';
import { error } from '@sveltejs/kit';
import { communeMapView } from './map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const lang = langOf(event.params.lang);
  if (!isProvinceCode(event.params.code)) error(404, { message: 'Không tìm thấy tỉnh này.' });
  const provinces = await fromApi(event, (api) => api.public.provinces.query());
  const province = provinces.find((p) => p.code === event.params.code);
  if (!province) error(404, { message: 'Không tìm thấy tỉnh này.' });

  const [progress, contacts, areas, agencies, map] = await Promise.all([
    fromApi(event, (api) => api.public.planProgress.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.public.contacts.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.area.list.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.agency.list.query({ provinceCode: province.code })),
    fromApi(event, (api) => api.map.province.query({ provinceCode: province.code })),
  ]);

  // Old numbers in the plans' own wording (a 2016 plan's "18001567") get today's number beside them: the numbers
  // in force on each plan's first day, against those in force today (the API's effective-dated contacts).
  const starts = [...new Set(progress.plans.map((p) => p.period.from))];
  const then = await Promise.all(
    starts.map((asOf) => fromApi(event, (api) => api.public.contacts.query({ provinceCode: province.code, asOf }))),
  );
  const successors = numberSuccessors(
    then.flatMap((r) => r.contacts),
    contacts.contacts,
  );
  const plans = progress.plans.map((plan) => ({
    ...plan,
    titleText: annotateOldNumbers(plan.title, successors),
    targets: plan.targets.map((target) => ({ ...target, titleText: annotateOldNumbers(target.title, successors) })),
  }));

  // A merged province: the plans of the former provinces it now includes (Vĩnh Long ← Trà Vinh) are linked from its
  // page; a former province shows the agencies of the province it is now part of (its own, if any are still on
  // record as in force, are listed too — a former province's list does not hide who does the work today).
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const formerPlans = await Promise.all(
    province.includesFormer
      .filter((f) => (byCode.get(f.code)?.publishedPlans ?? 0) > 0)
      .map(async (former) => {
        const theirs = await fromApi(event, (api) => api.public.planProgress.query({ provinceCode: former.code }));
        return {
          ...former,
          plans: theirs.plans.map((p) => ({ id: p.id, code: p.code, title: p.title, period: p.period })),
        };
      }),
  );
  const successor = province.nowPartOf;
  const agenciesOfSuccessor = successor
    ? await fromApi(event, (api) => api.agency.list.query({ provinceCode: successor.code }))
    : [];

  // The province's newest list: today's units, or a former province's last list before it joined another one.
  // Since 01/07/2025 there are no districts: the communes then hang from the province itself.
  const districts = areas
    .filter((a) => a.level === 'district')
    .map((district) => ({
      code: district.code,
      name: district.name,
      communes: areas.filter((a) => a.level === 'commune' && a.parentCode === district.code).map((a) => a.name),
    }));
  const provinceCommunes = areas
    .filter((a) => a.level === 'commune' && a.parentCode === province.code)
    .map((a) => a.name);
  const structure = areas[0]?.structure ?? null;

  return {
    province,
    map: communeMapView(map, lang, event.url.searchParams.get('chi-tieu')),
    progress: { ...progress, plans },
    formerPlans,
    successorAgencies: agenciesOfSuccessor.map((a) => ({ id: a.id, name: a.name })),
    districts,
    provinceCommunes,
    structure,
    localContacts: contacts.contacts.filter((c) => c.provinceCode === province.code).map((c) => contactView(c, lang)),
    agencies: agencies.map((a) => ({ id: a.id, name: a.name })),
  };
};
