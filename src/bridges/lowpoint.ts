/**
 * Iterative depth-first search computing Tarjan's discovery times and low points, the common
 * core of {@link findBridges} and {@link articulationPoints}. Internal.
 *
 * Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information Processing
 * Letters 2(6), 160–161. doi:10.1016/0020-0190(74)90003-9
 */
import type { SocialGraph } from "../graph/social-graph.js";

/** Per node: discovery time, low point, DFS parent (-1 for a root) and the tree edge to it. */
export interface LowPoints {
  readonly disc: Int32Array;
  readonly low: Int32Array;
  readonly parent: Int32Array;
  readonly parentEdge: Int32Array;
  /** Number of DFS trees = connected components. */
  readonly components: number;
}

/**
 * One DFS over an undirected CSR graph. The explicit stack holds at most one entry per node
 * (a node is pushed once, when discovered), so an `Int32Array(n)` suffices; `next[u]` is the
 * half-edge to examine next when `u` is back on top. The parent is skipped by edge id, not by
 * node, so the test stays right if parallel edges ever reach the core. O(n + m) time, 6n ints.
 */
export function lowPoints(g: SocialGraph): LowPoints {
  const { order: n, offsets, targets, edgeIds } = g;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    components++;
    disc[root] = low[root] = time++;
    next[root] = offsets[root]!;
    stack[0] = root;
    let sp = 1;
    while (sp > 0) {
      const u = stack[sp - 1]!;
      const h = next[u]!;
      if (h < offsets[u + 1]!) {
        next[u] = h + 1;
        const e = edgeIds[h]!;
        if (e === parentEdge[u]) continue;
        const v = targets[h]!;
        if (disc[v] === -1) {
          disc[v] = low[v] = time++;
          parent[v] = u;
          parentEdge[v] = e;
          next[v] = offsets[v]!;
          stack[sp++] = v;
        } else if (disc[v]! < low[u]!) {
          low[u] = disc[v]!;
        }
      } else {
        sp--;
        const p = parent[u]!;
        if (p >= 0 && low[u]! < low[p]!) low[p] = low[u]!;
      }
    }
  }
  return { disc, low, parent, parentEdge, components };
}
