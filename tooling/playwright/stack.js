// What several apps' end-to-end tests read from the running stack itself (typed in stack.d.ts).
import pg from 'pg';

/** @param {string} name */
function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`pnpm --filter @pcmbn/scripts run e2e\``);
  return value;
}

/** @type {pg.Pool | undefined} */
let pool;

/** @type {import('./stack.d.ts').db} */
export function db() {
  pool ??= new pg.Pool({ connectionString: need('PCMBN_DATABASE_URL'), max: 2 });
  return pool;
}

/**
 * @template {pg.QueryResultRow} T
 * @param {string} text
 * @param {unknown[]} [values]
 * @returns {Promise<T[]>}
 */
export async function sql(text, values = []) {
  const result = /** @type {pg.QueryResult<T>} */ (await db().query(text, values));
  return result.rows;
}

/** @type {import('./stack.d.ts').pairingCode} */
export async function pairingCode(page) {
  const code = page.getByTestId('pairing-code').filter({ hasText: /^[A-Z0-9]{3} [A-Z0-9]{3}$/ });
  await code.waitFor();
  return ((await code.textContent()) ?? '').replace(/\s/g, '');
}
