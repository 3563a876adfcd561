import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, parseCookies, parseTrustedProxies } from './request.js';

const req = (remoteAddress: string, xff?: string) =>
  ({ socket: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;

describe('clientIp', () => {
  const trusted = parseTrustedProxies('loopback, 10.0.0.5');
  it('uses the socket address unless it is a trusted proxy', () => {
    expect(clientIp(req('203.0.113.1', '1.2.3.4'), trusted)).toBe('203.0.113.1');
    expect(clientIp(req('::ffff:127.0.0.1', '198.51.100.2'), trusted)).toBe('198.51.100.2');
  });
  it('takes the right-most untrusted hop (left entries are client-controlled)', () => {
    expect(clientIp(req('127.0.0.1', '6.6.6.6, 198.51.100.2, 10.0.0.5'), trusted)).toBe('198.51.100.2');
    expect(clientIp(req('127.0.0.1', 'garbage'), trusted)).toBe('127.0.0.1');
    expect(clientIp(req('127.0.0.1'), new Set())).toBe('127.0.0.1');
  });
  it('parses cookies leniently', () => {
    expect(parseCookies('a=1; pcmbn_session=abc; bad=%E0%A4%A')).toEqual({ a: '1', pcmbn_session: 'abc' });
  });
});
