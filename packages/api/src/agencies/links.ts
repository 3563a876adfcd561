/**
 * The links between agencies as a graph, and the loops an edit must not make. Pure: the caller loads the graph
 * (src/agencies/checks.ts) and turns a problem into an error.
 */

export interface AgencyNode {
  provinceCode: string | null;
  successorId: string | null;
  parentId: string | null;
}

export interface AgencyGraph {
  agencies: ReadonlyMap<string, AgencyNode>;
  /** member id → the group entries it is a member of. */
  groupsOf: ReadonlyMap<string, readonly string[]>;
}

export function agencyGraph(
  agencies: readonly (AgencyNode & { id: string })[],
  members: readonly { groupId: string; memberId: string }[],
): AgencyGraph {
  const groupsOf = new Map<string, string[]>();
  for (const m of members) groupsOf.set(m.memberId, [...(groupsOf.get(m.memberId) ?? []), m.groupId]);
  return { agencies: new Map(agencies.map(({ id, ...node }) => [id, node])), groupsOf };
}

export type SuccessorProblem = 'self' | 'unknown' | 'loop';

/** A successor chain that led back to the agency would make the names of a plan's time (agencyNameAt) loop. */
export function successorProblem(graph: AgencyGraph, id: string, successorId: string | null): SuccessorProblem | null {
  if (successorId === null) return null;
  if (successorId === id) return 'self';
  if (!graph.agencies.has(successorId)) return 'unknown';
  const seen = new Set<string>();
  for (
    let cursor: string | null = successorId;
    cursor !== null;
    cursor = graph.agencies.get(cursor)?.successorId ?? null
  ) {
    if (cursor === id || seen.has(cursor)) return 'loop';
    seen.add(cursor);
  }
  return null;
}

/**
 * What `start` (default: `id`) would belong to, at any depth, once `id`'s parent is `parentId` and its members are
 * `memberIds` (undefined: as stored): an agency belongs to its parent entry and to every group entry it is a member of.
 */
export function ancestorsOf(graph: AgencyGraph, id: string, next: LinksOf, start: string = id): Set<string> {
  const up = (x: string): string[] => {
    const parent = x === id ? next.parentId : (graph.agencies.get(x)?.parentId ?? null);
    let groups = graph.groupsOf.get(x) ?? [];
    // id's own member list is replaced by next.memberIds; other groups' lists stay as stored.
    if (next.memberIds !== undefined)
      groups = [...groups.filter((g) => g !== id), ...(next.memberIds.includes(x) ? [id] : [])];
    return parent === null ? [...groups] : [parent, ...groups];
  };
  const out = new Set<string>();
  const queue = up(start);
  while (queue.length > 0) {
    const x = queue.shift() as string;
    if (out.has(x)) continue;
    out.add(x);
    queue.push(...up(x));
  }
  return out;
}

interface LinksOf {
  parentId: string | null;
  memberIds?: readonly string[] | undefined;
}

/**
 * The parent would make `id` its own ancestor: it is `id`, or already belongs to it at some depth. Judged with the
 * stored members, so that a loop the new members close is blamed on them (membersMakingLoop).
 */
export function parentMakesLoop(graph: AgencyGraph, id: string, parentId: string | null): boolean {
  return parentId !== null && (parentId === id || ancestorsOf(graph, id, { parentId }, parentId).has(id));
}

/** The members that would make `id` (with its new parent) its own ancestor: `id` itself, or an agency it belongs to. */
export function membersMakingLoop(graph: AgencyGraph, id: string, next: Required<LinksOf>): string[] {
  const above = ancestorsOf(graph, id, next);
  return (next.memberIds ?? []).filter((m) => m === id || above.has(m));
}
