import { LAI_CHAU_2016_STRUCTURE } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { StoredRowError } from '../db/mappers.js';
import { loadApprovedRecords } from './load.js';

/**
 * A record row the domain does not accept (here a type no rule knows, written behind the API) stops the report with
 * an error naming the row: a report that left it out would understate what was done and nobody would know why.
 */
let db: Db;

beforeAll(async () => {
  const { url } = await createSeededDatabase('storedrows');
  db = createDb(url, { max: 2 });
});
afterAll(() => db.$disconnect());

describe('a stored record the domain refuses', () => {
  it('is an error naming the row, never dropped from the report', async () => {
    const range = { from: '2019-01-01', to: '2019-12-31' };
    const before = await loadApprovedRecords(db, 'lc2228', range);
    const bad = await db.activityRecord.create({
      data: {
        planId: 'lc2228',
        type: 'fax_campaign',
        date: toDbDate('2019-03-05'),
        areaCode: '12',
        areaStructure: toDbDate(LAI_CHAU_2016_STRUCTURE),
        status: 'approved',
      },
    });
    const loading = loadApprovedRecords(db, 'lc2228', range);
    await expect(loading).rejects.toThrow(StoredRowError);
    await expect(loading).rejects.toThrow(new RegExp(`^ActivityRecord ${bad.id}: .*type`));
    await db.activityRecord.delete({ where: { id: bad.id } });
    expect(await loadApprovedRecords(db, 'lc2228', range)).toEqual(before);
  });
});
