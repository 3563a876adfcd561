import type { CountedRecord } from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import { heavyWork } from './heavy.js';
import { identity, keptResult } from './kept-results.js';
import { rollUpSource, type LoadedPlan } from './load.js';

/**
 * A computation over the plan's rolled-up approved records (plan.status, the dashboards) counting up to
 * `request.to` (from `request.from`), kept per (call, plan version, area tree, data version, request, inputs) and run as heavy work: identical calls — ten officers on one
 * dashboard — share it, and at most PCMBN_HEAVY_WORK run at once.
 */
export async function overRollUp<T>(
  db: DbClient,
  loaded: LoadedPlan,
  call: string,
  request: { from?: string; to: string },
  inputs: unknown,
  compute: (records: readonly CountedRecord[]) => T,
): Promise<T> {
  const source = await rollUpSource(db, loaded.plan);
  const { row } = loaded;
  const key = [call, row.id, row.version, row.updatedAt, identity(loaded.index), source.version, request, inputs];
  return keptResult(key, async () => {
    const records = await source.records(request);
    return heavyWork(() => compute(records));
  });
}
