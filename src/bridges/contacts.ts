/**
 * The contact structure Burt's measures use: for each node, the union of its in- and
 * out-neighbours (its contacts) and the mutual tie weight m_ij = a_ij + a_ji. Internal.
 */
import type { SocialGraph } from "../graph/social-graph.js";

/** Contacts in CSR form, sorted by index within each row, with mutual weights. */
export interface Contacts {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Mutual weight per contact entry (on an undirected graph the edge weight; ratios are scale-free). */
  readonly mutual: Float64Array;
}

/** Builds the contacts by merging each node's sorted out- and in-rows. O(n + m). */
export function contactsOf(g: SocialGraph, w: Float64Array): Contacts {
  const { order: n, offsets, targets, edgeIds } = g;
  if (!g.directed) {
    const mutual = new Float64Array(targets.length);
    for (let h = 0; h < targets.length; h++) mutual[h] = w[edgeIds[h]!]!;
    return { offsets, targets, mutual };
  }
  const { inOffsets, inSources, inEdgeIds } = g;
  const off = new Int32Array(n + 1);
  const tgt = new Int32Array(targets.length + inSources.length);
  const mutual = new Float64Array(tgt.length);
  let k = 0;
  for (let v = 0; v < n; v++) {
    off[v] = k;
    let a = offsets[v]!;
    const aEnd = offsets[v + 1]!;
    let b = inOffsets[v]!;
    const bEnd = inOffsets[v + 1]!;
    while (a < aEnd || b < bEnd) {
      const x = a < aEnd ? targets[a]! : n;
      const y = b < bEnd ? inSources[b]! : n;
      if (x === y) {
        tgt[k] = x;
        mutual[k++] = w[edgeIds[a++]!]! + w[inEdgeIds[b++]!]!;
      } else if (x < y) {
        tgt[k] = x;
        mutual[k++] = w[edgeIds[a++]!]!;
      } else {
        tgt[k] = y;
        mutual[k++] = w[inEdgeIds[b++]!]!;
      }
    }
  }
  off[n] = k;
  return { offsets: off, targets: tgt.subarray(0, k), mutual: mutual.subarray(0, k) };
}
