import { messages } from '$lib/i18n';
import type { MapCommuneView, MapLegendView } from '$lib/components/map/types';
import { formatDateVi, MAP_STATE_COLOURS, MAP_STATES, type Language, type MapState } from '@pcmbn/domain';
import type { RouterOutputs } from '@pcmbn/api/client';

type ProvinceMap = RouterOutputs['map']['province'];

const periodOf = (target: { period: { from: string; to: string } }) =>
  `${formatDateVi(target.period.from)} – ${formatDateVi(target.period.to)}`;

/**
 * What the province page's map draws: one area-coverage target of the published plans (the one the reader picked
 * with ?chi-tieu=…, else the first), its state per commune with the colours and labels of the reader's language,
 * and the links to the other targets (plain links: choosing works without JavaScript). Null when no published plan
 * has such a target — an uncoloured map would say nothing.
 */
export function communeMapView(map: ProvinceMap, lang: Language, wanted: string | null) {
  const t = messages(lang).map;
  const targets = map.plans.flatMap((plan) =>
    plan.targets.map((target) => ({ ...target, planId: plan.id, planCode: plan.code })),
  );
  const target = targets.find((x) => x.id === wanted) ?? targets[0];
  if (!target) return null;
  const label = (state: MapState) => t.states[state];
  const communes: MapCommuneView[] = map.communes.map((commune, i) => {
    const { state, units } = target.states[i] ?? { state: 'no_data' as MapState, units: [] };
    const merged = units.length > 1 || (units.length === 1 && units[0]?.name !== commune.name);
    const list = merged ? units.map((u) => `${u.name}: ${u.covered ? t.unitDone : t.unitNotYet}`).join('; ') : '';
    return {
      code: commune.code,
      name: commune.name,
      path: commune.path,
      state,
      colour: MAP_STATE_COLOURS[state],
      title: `${commune.name}: ${label(state)}${list ? ` — ${list}` : ''}`,
      stateLabel: label(state),
      units: list,
    };
  });
  const legend: MapLegendView[] = MAP_STATES.map((state) => ({
    state,
    label: label(state),
    colour: MAP_STATE_COLOURS[state],
    count: communes.filter((c) => c.state === state).length,
  }));
  return {
    viewBox: map.viewBox,
    drawn: map.drawn,
    oldStructure: communes.some((c) => c.units !== ''),
    target: { id: target.id, title: target.title, planCode: target.planCode, period: periodOf(target) },
    targets: targets.map((x) => ({ id: x.id, title: x.title, planCode: x.planCode, period: periodOf(x) })),
    communes,
    legend,
    period: map.period[lang],
    attribution: map.attribution[lang],
  };
}
