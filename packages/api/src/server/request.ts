import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** '::ffff:127.0.0.1' → '127.0.0.1'. */
export function normaliseIp(ip: string | undefined | null): string | null {
  if (!ip) return null;
  const trimmed = ip.trim();
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const out = v4 ? v4[1]! : trimmed;
  return isIP(out) ? out.toLowerCase() : null;
}

/** PCMBN_TRUSTED_PROXIES: comma-separated addresses whose X-Forwarded-For we believe ('loopback' = 127.0.0.1 and ::1). */
export function parseTrustedProxies(value: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const item of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (item === 'loopback') {
      out.add('127.0.0.1');
      out.add('::1');
    } else {
      const ip = normaliseIp(item);
      if (ip) out.add(ip);
    }
  }
  return out;
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy, in which case the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (entries further left are client-controlled).
 */
export function clientIp(req: IncomingMessage, trusted: ReadonlySet<string>): string | null {
  let ip = normaliseIp(req.socket.remoteAddress);
  if (!ip || !trusted.has(ip)) return ip;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseIp(hops[i]);
    if (!hop) break;
    ip = hop;
    if (!trusted.has(hop)) break;
  }
  return ip;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie is ignored rather than failing the request.
    }
  }
  return out;
}

/** True when the browser reached us over HTTPS (directly, or through a trusted proxy saying so). */
export function isHttps(req: IncomingMessage, trusted: ReadonlySet<string>): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const peer = normaliseIp(req.socket.remoteAddress);
  return (
    !!peer &&
    trusted.has(peer) &&
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim() === 'https'
  );
}

export function serializeCookie(name: string, value: string, opts: { maxAgeSeconds: number; secure: boolean }): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${Math.max(0, Math.floor(opts.maxAgeSeconds))}`,
  ];
  if (opts.secure) parts.push('Secure');
  return parts.join('; ');
}
