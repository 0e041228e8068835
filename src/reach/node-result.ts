/**
 * Shared helpers for per-node results (`get`, `rows`, `assign`). Internal: not re-exported.
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";

/** Writes `values[i]` as attribute `attribute` of node `g.key(i)` in a graphology graph. @internal */
export function assignNodeValues(g: SocialGraph, graph: AbstractGraph, attribute: string, values: ArrayLike<number | string>): void {
  for (let i = 0; i < g.order; i++) {
    const key = g.key(i);
    if (graph.hasNode(key)) graph.setNodeAttribute(key, attribute, values[i]);
  }
}
