import { buildCsr } from "./csr.js";
import type { ParallelEdgePolicy } from "./csr.js";
import { SocialGraph } from "./social-graph.js";
import { checkChoice, resolveOptions } from "../util/options.js";

/** Options of {@link toUndirected}. */
export interface ToUndirectedOptions {
  /** How the weights of `u -> v` and `v -> u` combine: `"sum"` (default), `"max"` or `"min"`. */
  merge?: Exclude<ParallelEdgePolicy, "error">;
}

/** The defaults of {@link toUndirected}. */
export const TO_UNDIRECTED_DEFAULTS: Readonly<Required<ToUndirectedOptions>> = Object.freeze({ merge: "sum" });

/**
 * The explicit symmetrisation of a directed graph: one undirected edge per pair joined by an arc
 * in either direction, weighted by `merge` of the two arcs' weights. Node indices and keys are
 * unchanged. An undirected graph is returned as is. O(n + m).
 *
 * @example
 * ```ts
 * const d = SocialGraph.fromEdges([["a", "b", 2], ["b", "a", 3]], { directed: true });
 * toUndirected(d).edgeWeights; // Float64Array [5]
 * ```
 */
export function toUndirected(g: SocialGraph, options?: ToUndirectedOptions): SocialGraph {
  const o = resolveOptions("toUndirected", options, TO_UNDIRECTED_DEFAULTS);
  const merge = checkChoice("toUndirected", "merge", o.merge, ["sum", "max", "min"] as const);
  if (!g.directed) return g;
  const keys = g.keys();
  const data = buildCsr({
    fn: "toUndirected",
    order: g.order,
    sources: g.edgeSources,
    targets: g.edgeTargets,
    weights: g.weighted ? g.edgeWeights : null,
    directed: false,
    selfLoops: "ignore",
    parallelEdges: merge,
    nameOf: (i) => keys[i]!,
    rowOf: (k) => `edge ${k}`,
  });
  // Unweighted arcs in both directions would otherwise sum to 2: keep every weight 1.
  if (!g.weighted) {
    data.edgeWeights.fill(1);
    data.weights.fill(1);
  }
  return new SocialGraph(data, keys, { selfLoops: "ignore", parallelEdges: merge });
}
