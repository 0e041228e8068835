/** Small helpers shared by the bridges results: key lookups and graphology write-back. Internal. */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";

/** A node key as users pass it (numbers are stringified). */
export type KeyLike = string | number;

/** The index of node `key`, or `UNKNOWN_NODE` with a message naming `fn`. */
export function nodeIndexOf(fn: string, g: SocialGraph, key: KeyLike): number {
  const i = g.indexOrMissing(key);
  if (i < 0) throw new TiescopeError("UNKNOWN_NODE", `${fn}: no node ${show(key)}`, { node: key });
  return i;
}

/** The id of the edge `source - target` (`source -> target` when directed), or `UNKNOWN_EDGE`. */
export function edgeIdOf(fn: string, g: SocialGraph, source: KeyLike, target: KeyLike): number {
  const u = nodeIndexOf(fn, g, source);
  const v = nodeIndexOf(fn, g, target);
  const e = g.edgeId(u, v);
  if (e < 0) throw new TiescopeError("UNKNOWN_EDGE", `${fn}: no edge ${show(source)} - ${show(target)}`, { source, target });
  return e;
}

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

/** Throws `UNSUPPORTED_GRAPH` when `g` is directed. */
export function requireUndirected(fn: string, g: SocialGraph, hint: string): void {
  if (g.directed) throw new TiescopeError("UNSUPPORTED_GRAPH", `${fn}: needs an undirected graph (${hint})`);
}

/** Throws `UNSUPPORTED_GRAPH` when `g` is undirected. */
export function requireDirected(fn: string, g: SocialGraph, hint: string): void {
  if (!g.directed) throw new TiescopeError("UNSUPPORTED_GRAPH", `${fn}: needs a directed graph (${hint})`);
}
