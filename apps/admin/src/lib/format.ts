/** Vietnamese dates: dd/mm/yyyy, read in Asia/Ho_Chi_Minh (the plans' own calendar). */
const VN_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** '2026-07-30' or a Date → '30/07/2026'. A calendar date string is not shifted through any time zone. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
    value = new Date(value);
  }
  if (Number.isNaN(value.getTime())) return '';
  // en-GB already orders day/month/year with '/' separators; formatToParts keeps that independent of ICU data.
  const parts = Object.fromEntries(VN_DATE.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts['day']}/${parts['month']}/${parts['year']}`;
}

export function formatPeriod(period: { from: string | Date; to: string | Date }): string {
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}
