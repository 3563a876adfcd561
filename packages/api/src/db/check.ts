import pg from 'pg';

/** Connects and runs SELECT 1; throws the driver's error (or a timeout) when the database is unreachable. */
export async function checkDatabaseConnection(databaseUrl: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}
