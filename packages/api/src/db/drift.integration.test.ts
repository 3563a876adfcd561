import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES } from '@pcmbn/domain';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { UserRole } from '../generated/prisma/enums.js';
import { migrate } from './migrate.js';

/**
 * Proves prisma/schema.prisma and the database built by our hand-written migrations agree: tables, columns,
 * types, nullability, defaults (presence), primary keys, unique constraints, indexes, foreign keys and enums.
 * The expected side comes from Prisma's own schema parser (DMMF, from the wasm build, so it runs offline).
 */

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueFields: string[][];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'schema.prisma');

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};
const NATIVE_TYPES: Record<string, string> = {
  Uuid: 'uuid',
  Date: 'date',
  Text: 'text',
  Integer: 'integer',
  SmallInt: 'smallint',
  Timestamptz: 'timestamp(3) with time zone',
};
const FK_ACTIONS: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

function columnType(field: DmmfField): string {
  let base: string;
  if (field.kind === 'enum') base = `"${field.type}"`;
  else if (field.nativeType) {
    const native = NATIVE_TYPES[field.nativeType[0]];
    if (!native) throw new Error(`drift test: add native type ${field.nativeType[0]} to NATIVE_TYPES`);
    base = native;
  } else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar) throw new Error(`drift test: add scalar type ${field.type} to SCALAR_TYPES`);
    base = scalar;
  }
  return field.isList ? `${base}[]` : base;
}

/** Defaults Prisma puts in the database (client-side ones such as uuid() and @updatedAt are not). */
function hasDbDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  const d = field.default as { name?: string } | undefined;
  if (d && typeof d === 'object' && !Array.isArray(d) && 'name' in d)
    return d.name === 'autoincrement' || d.name === 'now' || d.name === 'dbgenerated';
  return true;
}

const sortKey = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

describe('schema.prisma and the migrated database agree', () => {
  let dmmf: Dmmf;
  let client: pg.Client;
  const tableOf = (model: string) => {
    const m = dmmf.datamodel.models.find((x) => x.name === model)!;
    return m.dbName ?? m.name;
  };
  const columnOf = (model: string, field: string) => {
    const f = dmmf.datamodel.models.find((x) => x.name === model)!.fields.find((x) => x.name === field)!;
    return f.dbName ?? f.name;
  };

  beforeAll(async () => {
    const schema = await readFile(schemaPath, 'utf8');
    dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as Dmmf;
    const url = await createTestDatabase('drift');
    await migrate(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    return () => client.end();
  });

  it('has exactly the tables of the models', async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort());
  });

  it('has the enums with their values', async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const expected = dmmf.datamodel.enums.map((e) => ({
      name: e.dbName ?? e.name,
      values: e.values.map((v) => v.dbName ?? v.name),
    }));
    expect(sortKey(rows, (r) => r.name)).toEqual(sortKey(expected, (e) => e.name));
  });

  // The roles are written once, in the domain (vocabulary/roles.ts); the database and the generated client must
  // hold the same list in the same order. Languages have no database enum (Content.lang is text).
  it("has the domain's roles as the UserRole enum, in the client too", async () => {
    const { rows } = await client.query<{ role: string }>(`SELECT unnest(enum_range(NULL::"UserRole")) AS role`);
    expect(rows.map((r) => r.role)).toEqual([...ROLES]);
    expect(Object.values(UserRole)).toEqual([...ROLES]);
  });

  it('has the columns with their types, nullability and defaults', async () => {
    const { rows } = await client.query<{
      table: string;
      column: string;
      type: string;
      nullable: boolean;
      hasDefault: boolean;
    }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, a.atthasdef AS "hasDefault"
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         AND c.relname <> '_prisma_migrations'`,
    );
    const expected = dmmf.datamodel.models.flatMap((m) =>
      m.fields
        .filter((f) => f.kind === 'scalar' || f.kind === 'enum')
        .map((f) => ({
          table: m.dbName ?? m.name,
          column: f.dbName ?? f.name,
          type: columnType(f),
          // Prisma creates list columns without NOT NULL.
          nullable: f.isList || !f.isRequired,
          hasDefault: hasDbDefault(f),
        })),
    );
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    expect(sortKey(rows, key)).toEqual(sortKey(expected, key));
  });

  it('has the primary keys, unique constraints and indexes', async () => {
    const { rows } = await client.query<{
      name: string;
      table: string;
      columns: string[];
      primary: boolean;
      unique: boolean;
    }>(
      `SELECT i.relname AS name, t.relname AS table, ix.indisprimary AS primary, ix.indisunique AS unique,
              array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const expected = dmmf.datamodel.indexes.map((ix) => {
      const table = tableOf(ix.model);
      const columns = ix.fields.map((f) => columnOf(ix.model, f.name));
      const suffix = ix.type === 'id' ? 'pkey' : ix.type === 'unique' ? 'key' : 'idx';
      return {
        name: ix.dbName ?? (ix.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`),
        table,
        columns,
        primary: ix.type === 'id',
        unique: ix.type === 'id' || ix.type === 'unique',
      };
    });
    expect(sortKey(rows, (r) => r.name)).toEqual(sortKey(expected, (e) => e.name));
  });

  it('has the foreign keys with their columns, targets and referential actions', async () => {
    const { rows } = await client.query<{
      name: string;
      table: string;
      columns: string[];
      refTable: string;
      refColumns: string[];
      onDelete: string;
      onUpdate: string;
    }>(
      `SELECT con.conname AS name, t.relname AS table, r.relname AS "refTable",
              array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS "refColumns",
              con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate"
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE con.contype = 'f' AND n.nspname = 'public'`,
    );
    const actual = rows.map((r) => ({ ...r, onDelete: FK_ACTIONS[r.onDelete], onUpdate: FK_ACTIONS[r.onUpdate] }));
    const expected = dmmf.datamodel.models.flatMap((m) =>
      m.fields
        .filter((f) => f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0)
        .map((f) => {
          const table = m.dbName ?? m.name;
          const columns = f.relationFromFields!.map((name) => columnOf(m.name, name));
          const fromFieldsRequired = f.relationFromFields!.every(
            (name) => m.fields.find((x) => x.name === name)!.isRequired,
          );
          return {
            name: `${table}_${columns.join('_')}_fkey`,
            table,
            columns,
            refTable: tableOf(f.type),
            refColumns: f.relationToFields!.map((name) => columnOf(f.type, name)),
            // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
            onDelete: f.relationOnDelete ?? (fromFieldsRequired ? 'Restrict' : 'SetNull'),
            onUpdate: f.relationOnUpdate ?? 'Cascade',
          };
        }),
    );
    expect(sortKey(actual, (r) => r.name)).toEqual(sortKey(expected, (e) => e.name));
  });
});
