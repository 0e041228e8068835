/**
 * Embeddedness: the number of common neighbours of each edge's endpoints (the triangles the
 * edge closes), the base of neighbourhood overlap, Jaccard similarity and local-bridge tests.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { commonNeighborStats, toInputEdges } from "./common-neighbors.js";

/**
 * Per edge id, the number of nodes adjacent to both endpoints. On a directed graph adjacency
 * ignores direction (the common neighbours in the symmetrised graph, see {@link toUndirected}),
 * and the count is reported for each arc.
 *
 * Computed for all edges at once by listing every triangle once over a degree-ordered
 * orientation of the edges (Latapy 2008, doi:10.1016/j.tcs.2008.07.017): O(m sqrt(m)) time in
 * the worst case (O(m · degeneracy) in practice), O(n + m) extra memory, no allocation per edge.
 * Equals NetworkX's `len(list(common_neighbors(G, u, v)))` and graphology-metrics'
 * `simmelianStrength`.
 *
 * A local bridge (Granovetter 1973; Easley & Kleinberg 2010, ch. 3) is an edge with
 * embeddedness 0.
 *
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
 * edgeEmbeddedness(g); // Float64Array [1, 1, 1, 0] (a-b, a-c, b-c close a triangle; c-d does not)
 * ```
 */
export function edgeEmbeddedness(g: SocialGraph): Float64Array {
  const { graph: u, counts } = commonNeighborStats(g, false);
  return toInputEdges(g, u, counts);
}
