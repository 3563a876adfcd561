import type { Plan } from '@pcmbn/domain';

/**
 * The editor holds the plan with every optional yearly window present (two empty fields are easier to type into
 * than an absent object); `forEditing` adds them, `cleanPlan` takes empty optional values out again before the
 * document goes to the API, so an emptied optional field is absent rather than '' (the API would refuse '').
 */
export function forEditing(plan: Plan): Plan {
  const copy = structuredClone(plan);
  for (const o of copy.observances) {
    o.window ??= { from: '', to: '' };
    o.peak ??= { from: '', to: '' };
  }
  return copy;
}

const OPTIONAL_STRINGS = new Set([
  'description',
  'unit',
  'sourceRef',
  'reading',
  'signer',
  'funding',
  'note',
  'componentId',
  'objectiveId',
  'consolidatedForAgencyId',
  'withinAreaCode',
  'scopeAreaCode',
  'parentPlanId',
  'areaCode',
  'areaTag',
]);
/** Optional only inside these lists (required on the plan itself or on a component). */
const OPTIONAL_IN: Record<string, Set<string>> = {
  legalBases: new Set(['code', 'issuer', 'issuedOn']),
  parentProgramme: new Set(['code']),
  activities: new Set(['leadAgencyId']),
};
const OPTIONAL_OBJECTS = new Set(['window', 'peak', 'parentProgramme', 'baseline', 'expectation']);

function clean(value: unknown, key: string, list: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v, key, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v, k, list);
      if (c === undefined || c === null) continue;
      if (
        c === '' &&
        (OPTIONAL_STRINGS.has(k) ||
          (list !== undefined && OPTIONAL_IN[list]?.has(k)) ||
          (key === 'parentProgramme' && k === 'code'))
      )
        continue;
      if (
        OPTIONAL_OBJECTS.has(k) &&
        typeof c === 'object' &&
        Object.values(c).every((x) => x === '' || x === undefined)
      )
        continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

export function cleanPlan(plan: Plan): unknown {
  return clean(plan, '', undefined);
}
