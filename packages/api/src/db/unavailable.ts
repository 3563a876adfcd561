/**
 * Is `error` the database being unreachable (down, restarting, refusing or dropping connections, pool exhausted)
 * rather than a fault of the request or the code? Such errors answer 503 DATABASE_UNAVAILABLE (src/trpc.ts,
 * src/server/context.ts) instead of 500. Looks through the error and what it wraps: Prisma's errors, the driver
 * adapter's `kind`, node-postgres' SQLSTATE and Node's socket codes.
 */

/** SQLSTATEs of a lost or refused connection: class 08, shutdown / crash / starting up, too many connections. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Prisma: cannot reach, timed out, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** @prisma/adapter-pg's error kinds for the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const MESSAGES =
  /connection terminated|terminating connection|not currently accepting connections|can't reach database server|server has closed the connection|timeout exceeded when trying to connect|client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;
const NESTED = ['cause', 'meta', 'error', 'driverAdapterError', 'originalError', 'errors'] as const;

function matches(value: Record<string, unknown>): boolean {
  const code = typeof value.code === 'string' ? value.code : undefined;
  const original = typeof value.originalCode === 'string' ? value.originalCode : undefined;
  for (const c of [code, original]) {
    if (c === undefined) continue;
    if (SQLSTATES.has(c) || c.startsWith('08') || PRISMA_CODES.has(c) || SOCKET_CODES.has(c)) return true;
  }
  if (typeof value.kind === 'string' && ADAPTER_KINDS.has(value.kind)) return true;
  if (value.name === 'PrismaClientInitializationError') return true;
  for (const key of ['message', 'originalMessage'] as const) {
    const text = value[key];
    if (typeof text === 'string' && MESSAGES.test(text)) return true;
  }
  return false;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [error];
  while (stack.length > 0 && seen.size < 50) {
    const value = stack.pop();
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (matches(record)) return true;
    for (const key of NESTED) {
      const inner = record[key];
      if (Array.isArray(inner)) stack.push(...(inner as unknown[]));
      else stack.push(inner);
    }
  }
  return false;
}
