/** Agency names as of the plan, with today's name when it changed ("nay là …"): a 2018 plan keeps its own words. */
export interface AgencyNames {
  atIssue: Record<string, string>;
  today: Record<string, string>;
}

export function agencyName(names: AgencyNames, id: string): { name: string; now: string | null } {
  const name = names.atIssue[id] ?? id;
  const today = names.today[id];
  return { name, now: today !== undefined && today !== name ? today : null };
}
