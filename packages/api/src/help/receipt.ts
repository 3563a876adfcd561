import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: read aloud over a bad line or copied from a cracked screen, a receipt must survive. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 'HG-' and 8 random characters (31^8 ≈ 8.5 × 10^11): what a person quotes when they call the desk. */
export function newReceipt(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `HG-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const RECEIPT_PATTERN = /^HG-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
