/**
 * Articulation points (cut vertices): the nodes whose removal disconnects their component.
 *
 * Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378. doi:10.1145/362248.362272
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { lowPoints } from "./lowpoint.js";
import { assignNodes } from "./shared.js";
import { nodeIndexOf, requireUndirected } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** The result of {@link articulationPoints}. */
export interface ArticulationPointsResult {
  /** Per node index: 1 when the node is an articulation point, else 0. */
  readonly isArticulation: Uint8Array;
  /** The articulation points' node indices, ascending. */
  readonly nodes: Int32Array;
  /** Number of articulation points. */
  readonly count: number;
  /** True when node `key` is an articulation point. @throws `UNKNOWN_NODE`. */
  get(key: NodeKey): boolean;
  /** One `{ node }` row per articulation point, by index. */
  rows(): { node: string }[];
  /** Writes a boolean node attribute (default `"articulation"`) on a graphology graph. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Finds every articulation point of an undirected graph: a node whose removal increases the
 * number of connected components. With Tarjan's DFS low points, a DFS root is one when it has
 * two or more tree children; any other node `u` is one when some tree child `v` has
 * `low(v) >= disc(u)`. In a social network these are the brokers whose departure splits a
 * group (a coarse, all-or-nothing view of brokerage; see {@link structuralHoles} for Burt's
 * graded measures).
 *
 * @param g - an undirected graph.
 * @returns {@link ArticulationPointsResult}.
 * @throws TiescopeError `UNSUPPORTED_GRAPH` on a directed graph.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
 * articulationPoints(g).rows(); // [{ node: "c" }]
 * ```
 * Complexity: O(n + m) time, O(n) memory; iterative, no recursion.
 *
 * Degenerate cases: isolates and the nodes of a single edge are never articulation points.
 * Matches NetworkX `articulation_points` (as a set).
 */
export function articulationPoints(g: SocialGraph): ArticulationPointsResult {
  const fn = "articulationPoints";
  requireUndirected(fn, g, "symmetrise it with toUndirected");
  const n = g.order;
  const { disc, low, parent } = lowPoints(g);
  const isArticulation = new Uint8Array(n);
  const rootChildren = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const p = parent[v]!;
    if (p < 0) continue;
    if (parent[p]! < 0) rootChildren[p]!++;
    else if (low[v]! >= disc[p]!) isArticulation[p] = 1;
  }
  let count = 0;
  for (let v = 0; v < n; v++) {
    if (parent[v]! < 0 && rootChildren[v]! >= 2) isArticulation[v] = 1;
    count += isArticulation[v]!;
  }
  const nodes = new Int32Array(count);
  for (let v = 0, k = 0; v < n; v++) if (isArticulation[v] === 1) nodes[k++] = v;
  return {
    isArticulation,
    nodes,
    count,
    get: (key) => isArticulation[nodeIndexOf(`${fn}.get`, g, key)] === 1,
    rows: () => Array.from(nodes, (v) => ({ node: g.key(v) })),
    assign: (graph, attribute = "articulation") => assignNodes(fn, graph, g, attribute, (v) => isArticulation[v] === 1),
  };
}
