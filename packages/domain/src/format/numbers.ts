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

/** A whole count: people, records, leaflets (1234.6 → '1.235'); counts never show decimals. */
export function formatCountVi(value: number): string {
  return formatNumberVi(value, 0);
}
