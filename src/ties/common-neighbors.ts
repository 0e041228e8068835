/**
 * The shared kernel of the per-edge similarity measures: for every edge of an undirected graph,
 * the number of common neighbours and (optionally) the Adamic–Adar sum, in one pass with a
 * marker array. Internal; the public measures are in overlap.ts, jaccard.ts and adamic-adar.ts.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { toUndirected } from "../graph/to-undirected.js";

/** Per-edge common-neighbour statistics of an undirected graph. @internal */
export interface CommonNeighborStats {
  /** The undirected graph the statistics refer to (the input, or its symmetrisation). */
  readonly graph: SocialGraph;
  /** Per edge id of `graph`: number of common neighbours. */
  readonly counts: Float64Array;
  /** Per edge id of `graph`: sum of `1 / ln(deg(w))` over common neighbours `w`, or null. */
  readonly adamicAdar: Float64Array | null;
}

/**
 * Common neighbours (and Adamic–Adar sums) of every edge. For each node u (ascending), mark
 * u's neighbours with u, then for each neighbour v > u scan v's row and count marked nodes.
 * Time O(sum over edges of deg(v)) <= O(m d_max); memory O(n); nothing allocated per edge.
 * @internal
 */
export function commonNeighborStats(input: SocialGraph, withAdamicAdar: boolean): CommonNeighborStats {
  const g = toUndirected(input);
  const { order: n, offsets, targets, edgeIds } = g;
  const counts = new Float64Array(g.size);
  const aa = withAdamicAdar ? new Float64Array(g.size) : null;
  const invLog = withAdamicAdar ? new Float64Array(n) : null;
  if (invLog) {
    for (let w = 0; w < n; w++) {
      const d = offsets[w + 1]! - offsets[w]!;
      // A common neighbour has degree >= 2, so ln(d) > 0 wherever it is used.
      invLog[w] = d > 1 ? 1 / Math.log(d) : 0;
    }
  }
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    for (let h = start; h < end; h++) mark[targets[h]!] = u;
    for (let h = start; h < end; h++) {
      const v = targets[h]!;
      if (v <= u) continue;
      let c = 0;
      let s = 0;
      for (let q = offsets[v]!; q < offsets[v + 1]!; q++) {
        const w = targets[q]!;
        if (mark[w] === u) {
          c++;
          if (invLog) s += invLog[w]!;
        }
      }
      const e = edgeIds[h]!;
      counts[e] = c;
      if (aa) aa[e] = s;
    }
  }
  return { graph: g, counts, adamicAdar: aa };
}

/** Degree of each node in the undirected graph `g` (its row length). @internal */
export function undirectedDegrees(g: SocialGraph): Int32Array {
  const d = new Int32Array(g.order);
  for (let i = 0; i < g.order; i++) d[i] = g.offsets[i + 1]! - g.offsets[i]!;
  return d;
}

/**
 * Copies per-edge values of the symmetrised graph `u` back to the edge ids of `g`: each arc
 * `a -> b` gets the value of the undirected edge `{a, b}`. Returns `values` itself when `u === g`.
 * @internal
 */
export function toInputEdges(g: SocialGraph, u: SocialGraph, values: Float64Array): Float64Array {
  if (u === g) return values;
  const out = new Float64Array(g.size);
  for (let e = 0; e < g.size; e++) out[e] = values[u.edgeId(g.edgeSources[e]!, g.edgeTargets[e]!)]!;
  return out;
}
