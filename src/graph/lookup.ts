/**
 * Key and edge lookups and graph-kind checks that throw typed errors naming the calling
 * function, shared by every result's `get` and every function that takes node keys. Internal.
 */
import { TiescopeError, show } from "../util/errors.js";
import type { NodeKey } from "./from-edges.js";
import type { SocialGraph } from "./social-graph.js";

/** The index of node `key`, or `UNKNOWN_NODE` with a message naming `fn`. */
export function nodeIndexOf(fn: string, g: SocialGraph, key: NodeKey): number {
  const i = g.indexOrMissing(key);
  if (i < 0) throw new TiescopeError("UNKNOWN_NODE", `${fn}: no node ${show(key)}`, { node: key });
  return i;
}

/** The id of the edge `source - target` (`source -> target` when directed), or `UNKNOWN_EDGE`. */
export function edgeIdOf(fn: string, g: SocialGraph, source: NodeKey, target: NodeKey): number {
  const u = nodeIndexOf(fn, g, source);
  const v = nodeIndexOf(fn, g, target);
  const e = g.edgeId(u, v);
  if (e < 0) throw new TiescopeError("UNKNOWN_EDGE", `${fn}: no edge ${show(source)} - ${show(target)}`, { source, target });
  return e;
}

/** Throws `UNSUPPORTED_GRAPH` when `g` is directed. */
export function requireUndirected(fn: string, g: SocialGraph, hint: string): void {
  if (g.directed) throw new TiescopeError("UNSUPPORTED_GRAPH", `${fn}: needs an undirected graph (${hint})`);
}

/** Throws `UNSUPPORTED_GRAPH` when `g` is undirected. */
export function requireDirected(fn: string, g: SocialGraph, hint: string): void {
  if (!g.directed) throw new TiescopeError("UNSUPPORTED_GRAPH", `${fn}: needs a directed graph (${hint})`);
}
