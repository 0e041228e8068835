/**
 * Neighbourhood overlap (Onnela et al. 2007) for undirected graphs, a small internal helper:
 * O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij), 0/0 → 0, with n_ij the embeddedness.
 * (Same definition as the tie-strength module's `neighborhoodOverlap`.)
 *
 * Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks.
 * PNAS 104(18), 7332–7336. doi:10.1073/pnas.0610245104
 */
import type { SocialGraph } from "../graph/social-graph.js";

/** Overlap per edge id from the per-edge embeddedness `embedded`. O(m). */
export function overlapFromEmbeddedness(g: SocialGraph, embedded: Float64Array): Float64Array {
  const { offsets, edgeSources, edgeTargets } = g;
  const out = new Float64Array(g.size);
  for (let e = 0; e < g.size; e++) {
    const u = edgeSources[e]!;
    const v = edgeTargets[e]!;
    const n = embedded[e]!;
    const denom = offsets[u + 1]! - offsets[u]! - 1 + (offsets[v + 1]! - offsets[v]! - 1) - n;
    out[e] = denom > 0 ? n / denom : 0;
  }
  return out;
}
