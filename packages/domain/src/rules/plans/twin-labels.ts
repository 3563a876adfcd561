/**
 * Targets and activities whose titles repeat (Lai Châu 2228 has two "In và phát hành 30.000 tờ rơi…", one for 2017
 * and one for 2018): each shown with its year — or its whole period when the years are the same too — so an officer
 * can tell which one to record against (issue 15 item 3). Titles that occur once stay as written.
 */

export interface Titled {
  id: string;
  title: string;
  period: { from: string; to: string };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** 'năm 2017', 'năm 2017–2018', or '01/03/2017 – 30/06/2017' when a year does not tell twins apart. */
export function periodWords(period: { from: string; to: string }): string {
  const a = period.from.slice(0, 4);
  const b = period.to.slice(0, 4);
  return a === b ? `năm ${a}` : `năm ${a}–${b}`;
}

/** id → the title to show: the title itself, or "title (năm 2017)" when another item has the same title. */
export function distinctTitles(items: readonly Titled[]): Map<string, string> {
  const byTitle = new Map<string, Titled[]>();
  for (const item of items) {
    const key = item.title.trim().toLocaleLowerCase('vi');
    byTitle.set(key, [...(byTitle.get(key) ?? []), item]);
  }
  const out = new Map<string, string>();
  for (const group of byTitle.values()) {
    if (group.length === 1) {
      out.set(group[0]!.id, group[0]!.title);
      continue;
    }
    const words = group.map((i) => periodWords(i.period));
    const yearsTell = new Set(words).size === group.length;
    group.forEach((item, n) => {
      const when = yearsTell ? words[n]! : `${dmy(item.period.from)} – ${dmy(item.period.to)}`;
      out.set(item.id, `${item.title} (${when})`);
    });
  }
  return out;
}
