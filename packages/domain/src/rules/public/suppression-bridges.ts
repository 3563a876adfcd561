/**
 * Multi-equation disclosure in a suppressed table. With the totals negated, every row and column of the table with
 * its margins sums to zero, so the hidden entries are the edges of a bipartite graph (row nodes, column nodes) and
 * the hidden values that the published ones leave free are exactly the cycles of that graph: a hidden entry on no
 * cycle (a bridge) can be computed by adding and subtracting whole rows and columns, even when each of its lines
 * holds two hidden entries. These helpers find such an entry and the published cell that puts it on a cycle.
 */

export type Cell = readonly [row: number, col: number];

/** First bridge in row-major order among hidden entries of an (R+1)×(C+1) grid, or undefined. */
export function firstBridge(hidden: readonly (readonly boolean[])[]): Cell | undefined {
  const rows = hidden.length;
  const cols = hidden[0]?.length ?? 0;
  const n = rows + cols;
  const adj: Array<Array<[node: number, edge: number]>> = Array.from({ length: n }, () => []);
  const edges: Cell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!hidden[r]?.[c]) continue;
      adj[r]?.push([rows + c, edges.length]);
      adj[rows + c]?.push([r, edges.length]);
      edges.push([r, c]);
    }
  }
  // Tarjan: an edge (u, v) to a child v is a bridge when nothing below v reaches u or above.
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const isBridge = new Uint8Array(edges.length);
  let time = 0;
  const visit = (u: number, parentEdge: number): void => {
    order[u] = low[u] = time++;
    for (const [v, e] of adj[u] ?? []) {
      if (e === parentEdge) continue;
      if ((order[v] as number) < 0) {
        visit(v, e);
        low[u] = Math.min(low[u], low[v] as number);
        if ((low[v] as number) > order[u]) isBridge[e] = 1;
      } else low[u] = Math.min(low[u], order[v] as number);
    }
  };
  for (let u = 0; u < n; u++) if ((order[u] as number) < 0) visit(u, -1);
  const index = isBridge.indexOf(1);
  return index < 0 ? undefined : edges[index];
}

/**
 * The published non-zero entry to hide so that `bridge` lies on a cycle: one joining the two sides the bridge
 * separates (inner cells before totals, then the smallest, then row-major); failing that, the smallest published
 * non-zero entry of the bridge's row or column (the line rule then carries on from there).
 */
export function bridgePick(
  values: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  bridge: Cell,
): Cell | undefined {
  const rows = hidden.length;
  const cols = hidden[0]?.length ?? 0;
  const [br, bc] = bridge;
  const side = new Int8Array(rows + cols); // 1: bridge's row side, 2: its column side, 0: neither
  const spread = (start: number, mark: number) => {
    const stack = [start];
    side[start] = mark;
    while (stack.length > 0) {
      const u = stack.pop() as number;
      const neighbours: number[] = [];
      if (u < rows) {
        for (let c = 0; c < cols; c++) if (hidden[u]?.[c] && !(u === br && c === bc)) neighbours.push(rows + c);
      } else {
        for (let r = 0; r < rows; r++) if (hidden[r]?.[u - rows] && !(r === br && u - rows === bc)) neighbours.push(r);
      }
      for (const v of neighbours) {
        if (side[v] !== 0) continue;
        side[v] = mark;
        stack.push(v);
      }
    }
  };
  spread(br, 1);
  if (side[rows + bc] === 0) spread(rows + bc, 2);
  const better = (a: Cell | undefined, b: Cell): boolean => {
    if (a === undefined) return true;
    const inner = (x: Cell) => (x[0] < rows - 1 && x[1] < cols - 1 ? 0 : 1);
    if (inner(b) !== inner(a)) return inner(b) < inner(a);
    return (values[b[0]]?.[b[1]] as number) < (values[a[0]]?.[a[1]] as number);
  };
  let joining: Cell | undefined;
  let inLine: Cell | undefined;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (hidden[r]?.[c] || (values[r]?.[c] ?? 0) === 0) continue;
      const a = side[r] as number;
      const b = side[rows + c] as number;
      const cell: Cell = [r, c];
      if (a !== 0 && b !== 0 && a !== b && better(joining, cell)) joining = cell;
      if ((r === br || c === bc) && better(inLine, cell)) inLine = cell;
    }
  }
  return joining ?? inLine;
}
