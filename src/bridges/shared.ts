/** Graphology write-back shared by the bridges results. Internal. */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";

/** Writes `value(i)` as node attribute `attribute` of every node of `graph` (keys from `g`). */
export function assignNodes(fn: string, graph: AbstractGraph, g: SocialGraph, attribute: string, value: (i: number) => unknown): void {
  for (let i = 0; i < g.order; i++) {
    const key = g.key(i);
    if (!graph.hasNode(key)) throw new TiescopeError("UNKNOWN_NODE", `${fn}.assign: the graphology graph has no node ${show(key)}`, { node: key });
    graph.setNodeAttribute(key, attribute, value(i));
  }
}

/** Writes `value(e)` as edge attribute `attribute` of every edge of `graph` (endpoints from `g`). */
export function assignEdges(fn: string, graph: AbstractGraph, g: SocialGraph, attribute: string, value: (e: number) => unknown): void {
  for (let e = 0; e < g.size; e++) {
    const s = g.key(g.edgeSources[e]!);
    const t = g.key(g.edgeTargets[e]!);
    const edge = graph.hasNode(s) && graph.hasNode(t) ? graph.edge(s, t) : undefined;
    if (edge === undefined) throw new TiescopeError("UNKNOWN_EDGE", `${fn}.assign: the graphology graph has no edge ${show(s)} - ${show(t)}`, { source: s, target: t });
    graph.setEdgeAttribute(edge, attribute, value(e));
  }
}
