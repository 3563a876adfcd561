/** Vietnamese number formatting: '.' groups thousands, ',' marks decimals (30.000 tờ; 75,5%). */

/** Formats `value` with at most `maxDecimals` decimals, trailing zeros dropped: 1234.5 → '1.234,5'. */
export function formatNumberVi(value: number, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart = '0', decPart = ''] = rounded.toFixed(maxDecimals).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = decPart.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return decimals ? `${sign}${grouped},${decimals}` : `${sign}${grouped}`;
}

/** 75.4545 → '75,5%'; 100 → '100%'. */
export function formatPercentVi(value: number, maxDecimals = 1): string {
  return `${formatNumberVi(value, maxDecimals)}%`;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * A period key as people read it: '2019-03' → 'tháng 3/2019', '2019-Q2' → 'quý II/2019', '2019' → 'năm 2019';
 * anything else unchanged. Cadence targets name their periods by these keys.
 */
export function periodKeyVi(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `tháng ${Number(month[2])}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `quý ${ROMAN_QUARTERS[Number(quarter[2]) - 1]}/${quarter[1]}`;
  if (/^\d{4}$/.test(key)) return `năm ${key}`;
  return key;
}
