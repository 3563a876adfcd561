import { describe, expect, it } from 'vitest';
import {
  PAIRING_ALPHABET,
  formatPairingCode,
  idleSecondsFrom,
  isKioskOnline,
  lastDayOfMonth,
  monthInVietnam,
  monthRangeInVietnam,
  normalisePairingCode,
  pairingCodeFromBytes,
  usageTotals,
} from './kiosk.js';

describe('pairing codes', () => {
  it('uses no ambiguous symbols', () => {
    for (const ch of '01OIL') expect(PAIRING_ALPHABET).not.toContain(ch);
    expect(new Set(PAIRING_ALPHABET).size).toBe(PAIRING_ALPHABET.length);
  });

  it('maps bytes to six symbols, skipping bytes that would bias the draw', () => {
    expect(pairingCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5]))).toBe('ABCDEF');
    expect(pairingCodeFromBytes(new Uint8Array([255, 248, 30, 31, 62, 0, 1, 2]))).toBe(`${PAIRING_ALPHABET[30]}AAABC`);
    expect(pairingCodeFromBytes(new Uint8Array([250, 251, 1]))).toBeNull();
  });

  it('normalises what an officer typed', () => {
    expect(normalisePairingCode(' abc-234 ')).toBe('ABC234');
    expect(normalisePairingCode('ABC 234')).toBe('ABC234');
    expect(normalisePairingCode('AB0234')).toBeNull();
    expect(normalisePairingCode('ABC23')).toBeNull();
    expect(formatPairingCode('ABC234')).toBe('ABC 234');
  });
});

describe('fleet', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('is online within ten minutes of the last heartbeat', () => {
    expect(isKioskOnline(new Date('2026-11-23T09:51:00Z'), now)).toBe(true);
    expect(isKioskOnline(new Date('2026-11-23T09:49:59Z'), now)).toBe(false);
    expect(isKioskOnline(null, now)).toBe(false);
  });

  it('months are calendar months in Vietnam (UTC+7)', () => {
    const { from, to } = monthRangeInVietnam('2026-11');
    expect(from.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(monthInVietnam(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11');
    expect(monthInVietnam(new Date('2026-10-31T16:59:59Z'))).toBe('2026-10');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(() => monthRangeInVietnam('2026-13')).toThrow(RangeError);
  });

  it('counts sessions as interactions, not page views', () => {
    const totals = usageTotals([
      { kind: 'session', count: 2 },
      { kind: 'page_view', count: 5 },
      { kind: 'quiz_completed', count: 1 },
      { kind: 'other', count: 9 },
    ]);
    expect(totals).toEqual({ sessions: 2, pageViews: 5, quizzesCompleted: 1, interactions: 2 });
  });
});

describe('idle policy', () => {
  it('defaults, rounds and clamps', () => {
    expect(idleSecondsFrom(null)).toBe(90);
    expect(idleSecondsFrom('abc')).toBe(90);
    expect(idleSecondsFrom('4')).toBe(4);
    expect(idleSecondsFrom('1')).toBe(3);
    expect(idleSecondsFrom('99999')).toBe(3600);
    expect(idleSecondsFrom('', 30)).toBe(30);
  });
});
