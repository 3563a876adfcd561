import { formatDateTimeVi } from '@pcmbn/domain';

/** dd/mm/yyyy HH:mm in Vietnam; a kiosk that never did it shows 'Chưa có'. */
export const when = (d: Date | null) => (d ? formatDateTimeVi(d) : 'Chưa có');

/**
 * A kiosk app's version: SvelteKit's default is the build's time in milliseconds ("1796231550016"), which people
 * read as a date ("bản dựng 01/12/2026 15:32"); a version name is shown as it is.
 */
export function appVersionLabel(version: string | null): string {
  if (!version) return '—';
  if (/^\d{12,14}$/.test(version)) {
    const built = new Date(Number(version));
    if (!Number.isNaN(built.getTime())) return `Bản dựng ${when(built)}`;
  }
  return version;
}
