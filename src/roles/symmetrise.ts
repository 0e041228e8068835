/** The undirected view of a graph with caller-supplied per-edge weights, and its strong ties (internal helpers). */
import { SocialGraph } from "../graph/social-graph.js";
import type { TieStrengthLike } from "../ties/types.js";

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

/** The undirected view of a graph under tie strengths, with its strong/weak split. */
export interface StrongTieView {
  readonly graph: SocialGraph;
  /** Per undirected edge: the tie strength (the stronger arc on a directed graph). */
  readonly strength: Float64Array;
  /** Per undirected edge: 1 when the tie is strong (either arc strong on a directed graph). */
  readonly strong: Uint8Array;
}

/**
 * The symmetrisation of `g` under `ties` ({@link symmetricView} with merge `"max"`) and its
 * strong-tie flags: an undirected edge is strong when an arc it merges is not flagged weak.
 * O(n + m). @internal
 */
export function strongTieView(g: SocialGraph, ties: TieStrengthLike): StrongTieView {
  const view = symmetricView(g, ties.strength, "max");
  const strong = new Uint8Array(view.graph.size);
  for (let e = 0; e < g.size; e++) {
    const f = view.edgeOf ? view.edgeOf[e]! : e;
    if (f >= 0 && !ties.weak[e]) strong[f] = 1;
  }
  return { graph: view.graph, strength: view.weights!, strong };
}
