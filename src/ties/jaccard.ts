/** Jaccard similarity of each edge's endpoint neighbourhoods, as NetworkX's `jaccard_coefficient`. */
import type { SocialGraph } from "../graph/social-graph.js";
import { commonNeighborStats, toInputEdges, undirectedDegrees } from "./common-neighbors.js";

/**
 * Per edge id, the Jaccard coefficient of the (open) neighbourhoods of its endpoints u and v:
 *
 * `J(u, v) = |N(u) ∩ N(v)| / |N(u) ∪ N(v)| = n_uv / (k_u + k_v - n_uv)`
 *
 * exactly as NetworkX's `jaccard_coefficient(G, G.edges())`: the neighbourhoods are open, but
 * since u and v are adjacent, v is in N(u) and u in N(v), so both endpoints count in the union.
 * That makes it differ from Onnela's {@link neighborhoodOverlap}, which leaves them out, and
 * from igraph's `similarity_jaccard` (closed neighbourhoods by default). Values lie in
 * [0, 1): at most `(k - 1) / (k + 1)` for two nodes with the same k - 1 other contacts.
 *
 * Directed graphs use the symmetrised adjacency (NetworkX rejects them); each arc gets the
 * value of its pair. An empty graph gives an empty array; no edge has the 0/0 form (the union
 * holds at least u and v).
 *
 * @returns A `Float64Array` indexed by edge id, values in [0, 1).
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
 * jaccard(g); // Float64Array [1/3, 1/4, 1/4, 0] (a-b, b-c, c-a, c-d)
 * ```
 * Complexity: every triangle listed once over a degree-ordered orientation (see
 * {@link edgeEmbeddedness}): O(m sqrt(m)) worst case, O(m · degeneracy) in practice; O(n + m)
 * extra memory, no allocation per edge.
 *
 * References: P. Jaccard, "Étude comparative de la distribution florale dans une portion des
 * Alpes et du Jura", Bull. Soc. Vaudoise Sci. Nat. 37:547–579, 1901,
 * doi:10.5169/seals-266450; D. Liben-Nowell, J. Kleinberg, "The link-prediction problem for
 * social networks", JASIST 58(7), 2007, doi:10.1002/asi.20591.
 */
export function jaccard(g: SocialGraph): Float64Array {
  const { graph: u, counts } = commonNeighborStats(g, false);
  const deg = undirectedDegrees(u);
  const out = new Float64Array(u.size);
  for (let e = 0; e < u.size; e++) {
    const n = counts[e]!;
    out[e] = n / (deg[u.edgeSources[e]!]! + deg[u.edgeTargets[e]!]! - n);
  }
  return toInputEdges(g, u, out);
}
