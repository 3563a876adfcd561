/** What CommuneMap.svelte draws: ready-made strings in the reader's language, one entry per commune. */
export interface MapCommuneView {
  code: string;
  name: string;
  path: string;
  state: string;
  colour: string;
  /** Name and state, and the plan's old units inside a merged commune. */
  title: string;
  stateLabel: string;
  units: string;
}

export interface MapLegendView {
  state: string;
  label: string;
  colour: string;
  count: number;
}
