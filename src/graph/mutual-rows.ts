/**
 * Each node's neighbours in either direction with the weight of the tie read both ways,
 * `w(u → v) + w(v → u)`: the symmetric rows community detection and Burt's measures work on.
 * Internal.
 */
import type { SocialGraph } from "./social-graph.js";

/** Symmetric rows in CSR form, sorted by node index within each row. */
export interface MutualRows {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** `w(u → v) + w(v → u)` per entry; on an undirected graph the edge weight. */
  readonly weights: Float64Array;
}

/**
 * The mutual rows of `g` with per-edge weights `w`. Undirected: the graph's own rows with `w`
 * by half-edge (the graph's arrays themselves when `w` is its edge weights). Directed: each
 * node's sorted out- and in-rows merged, a pair of opposite arcs summed into one entry. O(n + m).
 */
export function mutualRows(g: SocialGraph, w: Float64Array): MutualRows {
  const { order: n, offsets, targets, edgeIds } = g;
  if (!g.directed) {
    if (w === g.edgeWeights) return { offsets, targets, weights: g.weights };
    const weights = new Float64Array(targets.length);
    for (let h = 0; h < targets.length; h++) weights[h] = w[edgeIds[h]!]!;
    return { offsets, targets, weights };
  }
  const { inOffsets, inSources, inEdgeIds } = g;
  const off = new Int32Array(n + 1);
  const tgt = new Int32Array(targets.length + inSources.length);
  const wt = new Float64Array(tgt.length);
  let k = 0;
  for (let v = 0; v < n; v++) {
    let a = offsets[v]!;
    const aEnd = offsets[v + 1]!;
    let b = inOffsets[v]!;
    const bEnd = inOffsets[v + 1]!;
    while (a < aEnd || b < bEnd) {
      const x = a < aEnd ? targets[a]! : n;
      const y = b < bEnd ? inSources[b]! : n;
      if (x === y) {
        tgt[k] = x;
        wt[k++] = w[edgeIds[a++]!]! + w[inEdgeIds[b++]!]!;
      } else if (x < y) {
        tgt[k] = x;
        wt[k++] = w[edgeIds[a++]!]!;
      } else {
        tgt[k] = y;
        wt[k++] = w[inEdgeIds[b++]!]!;
      }
    }
    off[v + 1] = k;
  }
  return { offsets: off, targets: tgt.slice(0, k), weights: wt.slice(0, k) };
}
