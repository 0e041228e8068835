import type { AbstractGraph, Attributes } from "graphology-types";
import { TiescopeError, show } from "../util/errors.js";
import { resolveOptions } from "../util/options.js";
import type { CsrInput, ParallelEdgePolicy, SelfLoopPolicy } from "./csr.js";
import { EdgeBuffer, isWeight, toWeight } from "./edge-buffer.js";
import { checkPolicies } from "./policies.js";

/** Reads an edge's weight from graphology: `(edgeKey, attributes, source, target) => number`. */
export type WeightAccessor = (edge: string, attributes: Attributes, source: string, target: string) => number;

/** Options of {@link SocialGraph.fromGraphology}. */
export interface FromGraphologyOptions {
  /**
   * The edge attribute holding the weight, an accessor function, or `null` for an unweighted
   * graph. An edge without the attribute counts as 1 (graphology's convention); a present
   * value must be a finite number >= 0. Default `"weight"`; the graph is `weighted` when any
   * edge carried the attribute (always, for an accessor).
   */
  weight?: string | WeightAccessor | null;
  /** Parallel edges of a multigraph (and, on undirected graphs, `a-b` next to `b-a`): default `"sum"`. */
  parallelEdges?: ParallelEdgePolicy;
  /** Default `"ignore"` (counted in `graph.buildReport`). */
  selfLoops?: SelfLoopPolicy;
}

/** The defaults of {@link SocialGraph.fromGraphology}. */
export const FROM_GRAPHOLOGY_DEFAULTS: Readonly<FromGraphologyOptions> = Object.freeze({
  weight: "weight",
  parallelEdges: "sum",
  selfLoops: "ignore",
});

/** Reads a graphology graph into CSR input arrays. @internal */
export function edgesFromGraphology(graph: AbstractGraph, options?: FromGraphologyOptions): { csr: CsrInput; keys: string[] } {
  const fn = "SocialGraph.fromGraphology";
  const o = resolveOptions(fn, options, FROM_GRAPHOLOGY_DEFAULTS);
  const policies = checkPolicies(fn, o as { selfLoops: unknown; parallelEdges: unknown });
  if (!graph || typeof graph !== "object" || typeof (graph as AbstractGraph).forEachEdge !== "function") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: expected a graphology Graph, got ${show(graph)}`);
  }
  const weight = o.weight;
  if (weight !== null && typeof weight !== "string" && typeof weight !== "function") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: option weight must be an attribute name, a function or null, got ${show(weight)}`);
  }
  if (graph.directedSize > 0 && graph.undirectedSize > 0) {
    throw new TiescopeError(
      "MIXED_GRAPH",
      `${fn}: the graph mixes ${graph.directedSize} directed and ${graph.undirectedSize} undirected edges; convert it to one kind first`,
    );
  }
  const directed = graph.type === "directed" || graph.directedSize > 0;
  const keys: string[] = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  const buffer = new EdgeBuffer();
  let weighted = typeof weight === "function";
  graph.forEachEdge((edge, attributes, source, target) => {
    let x = 1;
    if (typeof weight === "function") {
      const v = weight(edge, attributes, source, target);
      x = isWeight(v) ? v : toWeight(fn, v, edgeLabel(edge, source, target));
    } else if (weight !== null && attributes[weight] !== undefined) {
      const v: unknown = attributes[weight];
      x = isWeight(v) ? v : toWeight(fn, v, edgeLabel(edge, source, target));
      weighted = true;
    }
    buffer.push(index.get(source)!, index.get(target)!, x);
  });
  const m = buffer.length;
  return {
    keys,
    csr: {
      fn,
      order: keys.length,
      sources: buffer.sources.subarray(0, m),
      targets: buffer.targets.subarray(0, m),
      weights: weighted ? buffer.weights.subarray(0, m) : null,
      directed,
      ...policies,
      nameOf: (i) => show(keys[i]),
      rowOf: (k) => `edge #${k}`,
    },
  };
}

/** The label of a graphology edge in error messages. */
function edgeLabel(edge: string, source: string, target: string): string {
  return `edge ${show(edge)} (${show(source)} -> ${show(target)})`;
}
