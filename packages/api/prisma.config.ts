// Prisma CLI configuration (Prisma 7 reads the database URL from here, not from schema.prisma).
// The app itself never uses this file: it migrates with src/db/migrate.ts and connects through
// @prisma/adapter-pg. It serves `prisma generate` and, where the schema engine is reachable,
// `DATABASE_URL=… pnpm exec prisma migrate deploy` / `prisma migrate diff`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
