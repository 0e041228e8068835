/**
 * Global bridges: the edges whose removal disconnects their connected component.
 *
 * Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information Processing
 * Letters 2(6), 160–161. doi:10.1016/0020-0190(74)90003-9
 * Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6),
 * 1360–1380. doi:10.1086/225469
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { lowPoints } from "./lowpoint.js";
import { assignEdges } from "./shared.js";
import { edgeIdOf, requireUndirected } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** One global bridge as a plain row. */
export interface BridgeRow {
  source: string;
  target: string;
  /** Edge id in the graph. */
  edge: number;
}

/** The result of {@link findBridges}. */
export interface BridgesResult {
  /** Per edge id: 1 when the edge is a bridge, else 0. */
  readonly isBridge: Uint8Array;
  /** The bridges' edge ids, ascending. */
  readonly edges: Int32Array;
  /** Number of bridges. */
  readonly count: number;
  /** Number of connected components of the graph (isolates included). */
  readonly components: number;
  /** True when the edge `source - target` is a bridge. @throws `UNKNOWN_NODE`, `UNKNOWN_EDGE`. */
  get(source: NodeKey, target: NodeKey): boolean;
  /** One plain object per bridge, in edge-id order. */
  rows(): BridgeRow[];
  /** Writes a boolean edge attribute (default `"bridge"`) on a graphology graph with the same keys. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Finds every global bridge of an undirected graph: an edge `{u, v}` whose removal leaves `u`
 * and `v` in different connected components. In Tarjan's terms, the DFS tree edge
 * `parent(v) - v` is a bridge exactly when `low(v) > disc(parent(v))`: nothing in `v`'s
 * subtree reaches back above `v`. A bridge is the extreme local bridge (span ∞).
 *
 * The DFS is iterative, with typed-array stacks: a path of a million nodes is fine.
 *
 * @param g - an undirected graph (weights are ignored).
 * @returns {@link BridgesResult}: a 0/1 flag per edge id, the bridge ids, the component count.
 * @throws TiescopeError `UNSUPPORTED_GRAPH` on a directed graph (symmetrise it first with
 *   {@link toUndirected}; bridges of a digraph are not defined by reachability alone).
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
 * findBridges(g).rows(); // [{ source: "c", target: "d", edge: 3 }]
 * ```
 * Complexity: O(n + m) time, O(n) memory.
 *
 * Degenerate cases: an empty graph or a graph without edges has no bridges; every edge of a
 * forest is a bridge. Matches NetworkX `bridges`.
 */
export function findBridges(g: SocialGraph): BridgesResult {
  const fn = "findBridges";
  requireUndirected(fn, g, "symmetrise it with toUndirected");
  const { disc, low, parent, parentEdge, components } = lowPoints(g);
  const isBridge = new Uint8Array(g.size);
  let count = 0;
  for (let v = 0; v < g.order; v++) {
    const p = parent[v]!;
    if (p >= 0 && low[v]! > disc[p]!) {
      isBridge[parentEdge[v]!] = 1;
      count++;
    }
  }
  const edges = new Int32Array(count);
  for (let e = 0, k = 0; e < g.size; e++) if (isBridge[e] === 1) edges[k++] = e;
  return {
    isBridge,
    edges,
    count,
    components,
    get: (source, target) => isBridge[edgeIdOf(`${fn}.get`, g, source, target)] === 1,
    rows: () => Array.from(edges, (e) => ({ source: g.key(g.edgeSources[e]!), target: g.key(g.edgeTargets[e]!), edge: e })),
    assign: (graph, attribute = "bridge") => assignEdges(fn, graph, g, attribute, (e) => isBridge[e] === 1),
  };
}
