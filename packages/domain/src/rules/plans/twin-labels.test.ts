import { describe, expect, it } from 'vitest';
import { laiChau2228 } from '../../seeds/index.js';
import { distinctTitles } from './twin-labels.js';

describe('distinctTitles', () => {
  it('gives Lai Châu’s twin leaflet targets and activities their year; single titles stay as written', () => {
    // The seed's lists are optional in the plan type; Lai Châu's has both (read here: the seeds import this module).
    const lcTargets = laiChau2228.targets ?? [];
    const lcActivities = laiChau2228.activities ?? [];
    const targets = distinctTitles(lcTargets);
    const leaflets = lcTargets.filter((t) => t.title.startsWith('In và phát hành 30.000 tờ rơi'));
    expect(leaflets.length).toBe(2);
    expect(leaflets.map((t) => targets.get(t.id))).toEqual([
      `${leaflets[0]!.title} (năm 2017)`,
      `${leaflets[1]!.title} (năm 2018)`,
    ]);
    const shown = lcActivities.map((a) => distinctTitles(lcActivities).get(a.id));
    expect(new Set(shown).size).toBe(lcActivities.length);
    const once = lcTargets.find((t) => lcTargets.filter((u) => u.title === t.title).length === 1)!;
    expect(targets.get(once.id)).toBe(once.title);
  });

  it('falls back to the dates when the years are the same', () => {
    const labels = distinctTitles([
      { id: 'a', title: 'Hội nghị', period: { from: '2019-01-01', to: '2019-06-30' } },
      { id: 'b', title: 'Hội nghị', period: { from: '2019-07-01', to: '2019-12-31' } },
    ]);
    expect([...labels.values()]).toEqual(['Hội nghị (01/01/2019 – 30/06/2019)', 'Hội nghị (01/07/2019 – 31/12/2019)']);
  });
});
