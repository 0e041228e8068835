/**
 * Which arcs a traversal follows. Shared by the reach, engagement and activation functions.
 * Internal: not re-exported.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { toUndirected } from "../graph/to-undirected.js";

/**
 * The direction a traversal follows on a directed graph (ignored on an undirected one):
 * `"out"` follows arcs `u -> v` forwards, `"in"` follows them backwards (from `v` to the `u`
 * that point at it), `"both"` ignores direction.
 */
export type ReachDirection = "out" | "in" | "both";

/** The list of directions, for option checks. @internal */
export const DIRECTIONS: readonly ReachDirection[] = Object.freeze(["out", "in", "both"] as const);

/** A CSR view: the neighbours of `u` are `targets[offsets[u] .. offsets[u + 1])`. @internal */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** For each half-edge, the id of the edge of the original graph it came from (for "both", see {@link adjacency}). */
  readonly edgeIds: Int32Array;
  /** Only for "both" on a directed graph: the id of the reverse arc, or -1. */
  readonly reverseIds: Int32Array | null;
}

/**
 * The adjacency for `direction`. For `"both"` on a directed graph the graph is symmetrised once
 * (O(n + m)), or `sym` is used when given (it must be `toUndirected(g)`); each half-edge `x -> y`
 * then records the arc `x -> y` in `edgeIds` (or -1) and the arc `y -> x` in `reverseIds` (or -1). @internal
 */
export function adjacency(g: SocialGraph, direction: ReachDirection, sym?: SocialGraph): Adjacency {
  if (!g.directed || direction === "out") return { offsets: g.offsets, targets: g.targets, edgeIds: g.edgeIds, reverseIds: null };
  if (direction === "in") return { offsets: g.inOffsets, targets: g.inSources, edgeIds: g.inEdgeIds, reverseIds: null };
  const u = sym ?? toUndirected(g);
  const h = u.targets.length;
  const ids = new Int32Array(h);
  const rev = new Int32Array(h);
  for (let x = 0; x < u.order; x++) {
    for (let k = u.offsets[x]!; k < u.offsets[x + 1]!; k++) {
      const y = u.targets[k]!;
      ids[k] = g.edgeId(x, y);
      rev[k] = g.edgeId(y, x);
    }
  }
  return { offsets: u.offsets, targets: u.targets, edgeIds: ids, reverseIds: rev };
}

/**
 * Breadth-first search from `s` up to depth `limit` over `adj`, with caller-owned scratch:
 * `stamp` (filled with -1 once; a node is visited in this search when `stamp[v] === s`) and
 * `queue` (length n). When `levels` is given, the size of each level d = 1 .. limit is added to
 * `levels[d]`. Returns the number of nodes reached, `s` excluded. O(edges within the ball). @internal
 */
export function boundedBfs(adj: Adjacency, s: number, limit: number, stamp: Int32Array, queue: Int32Array, levels: Float64Array | null): number {
  const { offsets, targets } = adj;
  stamp[s] = s;
  queue[0] = s;
  let head = 0;
  let tail = 1;
  for (let depth = 1; depth <= limit && head < tail; depth++) {
    const levelEnd = tail;
    for (; head < levelEnd; head++) {
      const u = queue[head]!;
      for (let h = offsets[u]!, end = offsets[u + 1]!; h < end; h++) {
        const v = targets[h]!;
        if (stamp[v] !== s) {
          stamp[v] = s;
          queue[tail++] = v;
        }
      }
    }
    if (levels !== null && tail > levelEnd) levels[depth]! += tail - levelEnd;
  }
  return tail - 1;
}
