import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { DEFAULT_MIGRATIONS_DIR, migrate } from './migrate.js';

const MIGRATION = '20261126090000_record_history';
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe(`migration ${MIGRATION}`, () => {
  it('fills authorship and history of existing records from the audit log (or from their columns)', async () => {
    const names = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const before = names.slice(0, names.indexOf(MIGRATION));
    const dir = await mkdtemp(join(tmpdir(), 'pcmbn-mig-'));
    dirs.push(dir);
    for (const name of before) await cp(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
    const url = await createTestDatabase('record_history');
    await migrate(url, { migrationsDir: dir });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
      const user = async (name: string) =>
        (
          await q(
            `INSERT INTO "User" (id, email, "displayName", "passwordHash", role, "updatedAt")
             VALUES (gen_random_uuid(), $1, $1, 'x', 'province_admin', now()) RETURNING id`,
            [`${name}@test.local`],
          )
        ).rows[0].id as string;
      const [officer, admin] = [await user('officer'), await user('admin')];
      await q(`INSERT INTO "Area" (code, structure, name, level, "provinceCode", "updatedAt")
               VALUES ('12', '2016-11-09', 'Tỉnh Lai Châu', 'province', '12', now())`);
      await q(`INSERT INTO "Plan" (id, code, title, "provinceCode", "areaStructure", "periodFrom", "periodTo", document, "updatedAt")
               VALUES ('p', '1/KH', 'Kế hoạch', '12', '2016-11-09', '2017-01-01', '2017-12-31', '{}', now())`);
      const record = async (extra = '') =>
        (
          await q(
            `INSERT INTO "ActivityRecord" (id, "planId", type, date, "areaCode", "areaStructure", quantity, status,
               version, "createdById", "submittedAt", "updatedAt")
             VALUES (gen_random_uuid(), 'p', 'leaflet', '2017-05-10', '12', '2016-11-09', 99999, 'submitted', 3, $1,
               now(), now()) RETURNING id ${extra}`,
            [officer],
          )
        ).rows[0].id as string;
      const audited = await record();
      const content = { type: 'leaflet', date: '2017-05-10', areaCode: '12', note: null };
      const audit = (action: string, userId: string, at: string, before: unknown, after: unknown) =>
        q(
          `INSERT INTO "AuditLog" (id, at, "userId", action, entity, "entityId", before, after)
           VALUES (gen_random_uuid(), $1, $2, $3, 'record', $4, $5, $6)`,
          [at, userId, action, audited, before && JSON.stringify(before), JSON.stringify(after)],
        );
      await audit('record.create', officer, '2017-05-10T01:00:00Z', null, { ...content, quantity: 1, version: 1 });
      await audit(
        'record.update',
        admin,
        '2017-05-10T02:00:00Z',
        { ...content, quantity: 1, version: 1 },
        { ...content, quantity: 99999, version: 2 },
      );
      await audit('record.submit', admin, '2017-05-10T03:00:00Z', { version: 2 }, { version: 3 });
      const silent = await record();

      expect((await migrate(url)).applied).toEqual(names.slice(before.length));

      const row = (await q(`SELECT "editorIds", "submittedById" FROM "ActivityRecord" WHERE id = $1`, [audited]))
        .rows[0];
      expect([...row.editorIds].sort()).toEqual([officer, admin].sort());
      expect(row.submittedById).toBe(admin);
      const events = (
        await q(`SELECT action, "userId", version, changes FROM "RecordEvent" WHERE "recordId" = $1 ORDER BY at`, [
          audited,
        ])
      ).rows;
      expect(events).toEqual([
        { action: 'created', userId: officer, version: 1, changes: null },
        {
          action: 'edited',
          userId: admin,
          version: 2,
          changes: [{ field: 'quantity', from: 1, to: 99999 }],
        },
        { action: 'submitted', userId: admin, version: 3, changes: null },
      ]);
      const fromColumns = (
        await q(`SELECT action, "userId" FROM "RecordEvent" WHERE "recordId" = $1 ORDER BY at, action`, [silent])
      ).rows;
      expect(fromColumns.map((e) => e.action)).toEqual(['created', 'submitted']);
      expect(fromColumns[0].userId).toBe(officer);
      expect((await q(`SELECT "editorIds" FROM "ActivityRecord" WHERE id = $1`, [silent])).rows[0].editorIds).toEqual([
        officer,
      ]);
    } finally {
      await client.end();
    }
  });
});
