/**
 * Answers kept per everything they depend on, so that a repeated call (the same dashboard opened by ten officers,
 * a page reloaded) is computed once: identical concurrent calls share one computation, later ones reuse it until
 * the key moves. Keys name the plan's row version, the area tree (by identity: areaIndexFor hands out a new one
 * after an edit), the data version of the plans read (PlanDataVersion) and the call's inputs; a failed
 * computation is not kept.
 */

const KEPT = 128;
const kept = new Map<string, Promise<unknown>>();
const ids = new WeakMap<object, number>();
let nextId = 1;

/** A number for this object for as long as it lives: two area trees never share one. */
export function identity(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = nextId++));
  return id;
}

export function keptResult<T>(key: readonly unknown[], compute: () => Promise<T>): Promise<T> {
  const k = JSON.stringify(key);
  const hit = kept.get(k) as Promise<T> | undefined;
  if (hit) {
    kept.delete(k);
    kept.set(k, hit);
    return hit;
  }
  const result = compute();
  kept.set(k, result);
  while (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  result.catch(() => {
    if (kept.get(k) === result) kept.delete(k);
  });
  return result;
}
