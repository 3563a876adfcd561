import type { AgencySigner } from '../../model/agency.js';

/**
 * Who signs a report (issue 13.3, Decree 30/2020/NĐ-CP Phụ lục I, ô số 7): the agency's signer in force on the
 * report's date, its title as the lines above the name. The officer may still change both for one report.
 */

/** The agency's signer in force on `date`: the entry with the latest `validFrom` on or before it. */
export function signerOn(signers: readonly AgencySigner[], agencyId: string, date: string): AgencySigner | undefined {
  let found: AgencySigner | undefined;
  for (const s of signers) {
    if (s.agencyId !== agencyId || s.validFrom > date) continue;
    if (!found || s.validFrom > found.validFrom) found = s;
  }
  return found;
}

/**
 * A title as typed ("KT. Chủ tịch — Phó Chủ tịch", or one line per row) → the signature block's lines in capitals
 * (the authority and the title are printed upper-case, bold).
 */
export function signerTitleLines(title: string): string[] {
  return title
    .split(/\r?\n|\s+[—–]\s+/)
    .map((line) => line.trim().toLocaleUpperCase('vi'))
    .filter((line) => line !== '');
}

/**
 * The lines above the signer's name: the kind's default (`defaults`: signatureAuthority), or the given title — under
 * the collective's "TM. …" line when the body signs on behalf of a collective (a people's committee, a Women's
 * Union standing board) and the title does not already name it.
 */
export function signatureLines(defaults: readonly string[], title: string | undefined): string[] {
  const lines = title === undefined ? [] : signerTitleLines(title);
  if (lines.length === 0) return [...defaults];
  const collective = defaults[0]?.startsWith('TM. ') ? defaults[0] : undefined;
  return collective && !lines[0]?.startsWith('TM. ') ? [collective, ...lines] : lines;
}

/** The title line(s) an agency's report is signed under by default, as one text (what the forms prefill). */
export function defaultSignerTitle(defaults: readonly string[]): string {
  return (defaults[0]?.startsWith('TM. ') ? defaults.slice(1) : defaults).join('\n');
}
