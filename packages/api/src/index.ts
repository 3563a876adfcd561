/** @pcmbn/api — the PCMBN tRPC service and its database (migrations, seed). Server-side only. */
export {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type EmbeddedPostgresOptions,
} from './db/embedded.js';
export { migrate, MigrationError, type MigrateOptions, type MigrateResult } from './db/migrate.js';
export { createDb, type Db } from './db/client.js';
export { freePort, isPortFree } from './db/ports.js';
export { checkDatabaseConnection } from './db/check.js';
export { seed, type SeedResult } from './seed/index.js';
export { startApiServer, type ApiServer, type ApiServerOptions } from './server/http.js';
export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from './root.js';
