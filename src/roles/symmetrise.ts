/** The undirected view of a graph with caller-supplied per-edge weights (internal helper). */
import { SocialGraph } from "../graph/social-graph.js";

/** An undirected graph, its per-edge weights, and the undirected edge of each original edge. */
export interface SymmetricView {
  readonly graph: SocialGraph;
  /** Per undirected edge id, or `null` when no weights were given. */
  readonly weights: Float64Array | null;
  /** Per original edge id: the undirected edge id (identity on an undirected graph). */
  readonly edgeOf: Int32Array | null;
}

/**
 * Returns `g` itself when undirected; otherwise one undirected edge per pair joined by an arc in
 * either direction (self-loops dropped), with the two arcs' weights combined by `merge`.
 * Node indices and keys are unchanged. O(n + m). @internal
 */
export function symmetricView(g: SocialGraph, weights: Float64Array | null, merge: "sum" | "max"): SymmetricView {
  if (!g.directed) return { graph: g, weights, edgeOf: null };
  const graph = SocialGraph.fromArrays(g.edgeSources, g.edgeTargets, weights, {
    directed: false,
    order: g.order,
    keys: g.keys(),
    parallelEdges: merge,
    selfLoops: "ignore",
  });
  const edgeOf = new Int32Array(g.size);
  for (let e = 0; e < g.size; e++) {
    const s = g.edgeSources[e]!;
    const t = g.edgeTargets[e]!;
    edgeOf[e] = s === t ? -1 : graph.edgeId(s, t);
  }
  return { graph, weights: weights ? graph.edgeWeights : null, edgeOf };
}
