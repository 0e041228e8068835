/**
 * Shortest-path betweenness of nodes and edges, exact or estimated from pivots.
 *
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163–177. doi:10.1080/0022250X.2001.9990249
 * Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. International
 * Journal of Bifurcation and Chaos 17(7), 2303–2318. doi:10.1142/S0218127407018403
 * Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry
 * 40(1), 35–41. doi:10.2307/3033543
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import type { WeightsInput } from "../graph/weights.js";
import { TiescopeError } from "../util/errors.js";
import { checkBoolean, checkNumber, resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { Random } from "../util/random.js";
import { Brandes } from "./brandes.js";
import { resolveDistances } from "./distances.js";
import { assignEdges, assignNodes } from "./shared.js";
import { edgeIdOf, nodeIndexOf } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** Options of {@link betweenness} and {@link edgeBetweenness}. */
export interface BetweennessOptions extends LongRunningOptions {
  /**
   * Per-edge *distances* (higher = farther). Default `null`: every edge has length 1. A
   * `Float64Array` is used as is; a tie-strength result (`{ strength }`) is converted to
   * distances `1 / strength` (strong ties are short). For other conversions pass a
   * `Float64Array`, e.g. `-Math.log(strength)` or `max + 1 - weight` for interaction counts.
   */
  weights?: WeightsInput | null;
  /** Divide by the number of (source, target) pairs (see the function docs). Default `true`. */
  normalized?: boolean;
  /** Estimate from this many random source pivots instead of all nodes. Default `null` (exact). */
  pivots?: number | null;
  /** Seed for choosing pivots. Default 0. */
  seed?: number;
}

/** The defaults of {@link betweenness} and {@link edgeBetweenness}. */
export const BETWEENNESS_DEFAULTS: Readonly<BetweennessOptions> = Object.freeze({
  weights: null,
  normalized: true,
  pivots: null,
  seed: 0,
  onProgress: undefined,
  signal: undefined,
});

/** The result of {@link betweenness}. */
export interface BetweennessResult {
  /** Betweenness per node index. */
  readonly values: Float64Array;
  readonly normalized: boolean;
  /** Number of source nodes used (`order` when exact). */
  readonly sources: number;
  /** Betweenness of node `key`. @throws `UNKNOWN_NODE`. */
  get(key: NodeKey): number;
  /** `{ node, betweenness }` per node, by index. */
  rows(): { node: string; betweenness: number }[];
  /** Writes node attribute `attribute` (default `"betweenness"`) on a graphology graph. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/** The result of {@link edgeBetweenness}. */
export interface EdgeBetweennessResult {
  /** Betweenness per edge id. */
  readonly values: Float64Array;
  readonly normalized: boolean;
  /** Number of source nodes used (`order` when exact). */
  readonly sources: number;
  /** Betweenness of the edge `source - target`. @throws `UNKNOWN_NODE`, `UNKNOWN_EDGE`. */
  get(source: NodeKey, target: NodeKey): number;
  /** `{ source, target, edge, betweenness }` per edge, by edge id. */
  rows(): { source: string; target: string; edge: number; betweenness: number }[];
  /** Writes edge attribute `attribute` (default `"betweenness"`) on a graphology graph. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Node betweenness centrality (Freeman 1977) by Brandes' algorithm:
 *
 *   c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
 *
 * where σ_st is the number of shortest s–t paths and σ_st(v) the number passing through v.
 * On an undirected graph each unordered pair counts once. `normalized` divides by the number
 * of pairs, `(n − 1)(n − 2)` ordered pairs on a directed graph and `(n − 1)(n − 2) / 2`
 * unordered pairs on an undirected one, giving values in [0, 1] (no scaling when n ≤ 2).
 * With `pivots: k` the sum runs over k random sources and is rescaled as NetworkX does
 * (`k` argument of `betweenness_centrality`), an unbiased estimate (Brandes & Pich 2007).
 * High betweenness marks the people on the paths between groups: the brokers of weak ties.
 *
 * @param g - the graph; directed graphs follow arc directions.
 * @param options - `weights` (distances, default hops), `normalized` (default true), `pivots`
 *   (default null = exact; at least 2 when fewer than the nodes), `seed`, `onProgress`, `signal`;
 *   see {@link BETWEENNESS_DEFAULTS}.
 * @returns {@link BetweennessResult}: values ≥ 0 per node.
 * @throws TiescopeError `INVALID_WEIGHT`, `LENGTH_MISMATCH`, `INVALID_OPTION`, `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
 * betweenness(g, { normalized: false }).get("b"); // 1 (b is on the only a–c path)
 * betweenness(g).get("b");                        // 1 (1 pair of 1 possible)
 * ```
 * Complexity: O(nm) unweighted, O(nm + n² log n) weighted (binary heap); O(km) with pivots.
 * Memory O(n + m). Path counts are `Float64Array` (exact to 2^53, never wrapping). Unweighted
 * searches switch to bottom-up steps when the unvisited nodes have fewer arcs than the
 * frontier (direction-optimising BFS, Beamer, Asanović & Patterson 2012,
 * doi:10.1109/SC.2012.50), which skips most of the scans of the last, largest BFS levels.
 *
 * Degenerate cases: isolates and leaves have 0; n ≤ 2 gives all 0. Zero-length edges are
 * accepted but make shortest-path counts depend on tie order (as in NetworkX). Matches
 * NetworkX `betweenness_centrality` (exact mode) to 1e-9.
 */
export function betweenness(g: SocialGraph, options?: BetweennessOptions): BetweennessResult {
  const fn = "betweenness";
  const { values, normalized, sources } = run(fn, g, options, true);
  return {
    values,
    normalized,
    sources,
    get: (key) => values[nodeIndexOf(`${fn}.get`, g, key)]!,
    rows: () => Array.from(values, (b, i) => ({ node: g.key(i), betweenness: b })),
    assign: (graph, attribute = "betweenness") => assignNodes(fn, graph, g, attribute, (i) => values[i]!),
  };
}

/**
 * Edge betweenness centrality (Girvan & Newman 2002) by Brandes' algorithm:
 *
 *   c_B(e) = Σ_{s ≠ t} σ_st(e) / σ_st
 *
 * over unordered pairs on an undirected graph and ordered pairs on a directed one.
 * `normalized` divides by `n(n − 1)` ordered pairs (directed) or `n(n − 1) / 2` unordered
 * pairs (undirected), as NetworkX's `edge_betweenness_centrality` does; pivots rescale as
 * for {@link betweenness}. Weak ties that bridge communities carry many shortest paths.
 *
 * @param g - the graph.
 * @param options - as {@link betweenness}.
 * @returns {@link EdgeBetweennessResult}: values ≥ 0 per edge id.
 * @throws TiescopeError `INVALID_WEIGHT`, `LENGTH_MISMATCH`, `INVALID_OPTION`, `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
 * edgeBetweenness(g, { normalized: false }).get("a", "b"); // 2 (pairs a–b and a–c)
 * ```
 * Complexity: as {@link betweenness}. Degenerate cases: n ≤ 1 gives no scaling.
 * Matches NetworkX `edge_betweenness_centrality` to 1e-9.
 *
 * Reference: Girvan, M. & Newman, M. E. J. (2002). Community structure in social and
 * biological networks. PNAS 99(12), 7821–7826. doi:10.1073/pnas.122653799
 */
export function edgeBetweenness(g: SocialGraph, options?: BetweennessOptions): EdgeBetweennessResult {
  const fn = "edgeBetweenness";
  const { values, normalized, sources } = run(fn, g, options, false);
  return {
    values,
    normalized,
    sources,
    get: (source, target) => values[edgeIdOf(`${fn}.get`, g, source, target)]!,
    rows: () => Array.from(values, (b, e) => ({ source: g.key(g.edgeSources[e]!), target: g.key(g.edgeTargets[e]!), edge: e, betweenness: b })),
    assign: (graph, attribute = "betweenness") => assignEdges(fn, graph, g, attribute, (e) => values[e]!),
  };
}

function run(fn: string, g: SocialGraph, options: BetweennessOptions | undefined, nodes: boolean): { values: Float64Array; normalized: boolean; sources: number } {
  const o = resolveOptions(fn, options, BETWEENNESS_DEFAULTS);
  const normalized = checkBoolean(fn, "normalized", o.normalized);
  const seed = checkNumber(fn, "seed", o.seed, { integer: true });
  const n = g.order;
  const k = o.pivots === null || o.pivots === undefined ? null : checkNumber(fn, "pivots", o.pivots, { min: 1, integer: true });
  if (nodes && k === 1 && n > 2) {
    // NetworkX divides by k - 1 for a sampled source (and raises here); one pivot has no estimate for itself.
    throw new TiescopeError("INVALID_OPTION", `${fn}: pivots must be at least 2 (a lone pivot has no estimate for its own betweenness)`, { option: "pivots" });
  }
  const w = resolveDistances(fn, g, o.weights);
  throwIfAborted(fn, o.signal);
  let sampled: Int32Array | null = null;
  if (k !== null && k < n) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    new Random(seed).shuffle(all);
    sampled = all.slice(0, k).sort();
  }
  const count = sampled ? sampled.length : n;
  const values = new Float64Array(nodes ? n : g.size);
  const brandes = new Brandes(g, w, !nodes);
  const every = Math.max(1, Math.floor(count / 100));
  for (let j = 0; j < count; j++) {
    const s = sampled ? sampled[j]! : j;
    brandes.run(s);
    brandes.accumulate(s, nodes ? values : null, nodes ? null : values);
    if ((j + 1) % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.((j + 1) / count, "sources");
    }
  }
  o.onProgress?.(1, "sources");
  rescale(values, n, normalized, g.directed, nodes, sampled);
  return { values, normalized, sources: count };
}

/** NetworkX's `_rescale` (3.6.1), including its pivot correction for node betweenness. */
function rescale(values: Float64Array, n: number, normalized: boolean, directed: boolean, nodes: boolean, sampled: Int32Array | null): void {
  const N = nodes ? n - 1 : n;
  if (N < 2) return;
  const k = sampled ? sampled.length : N;
  const correction = directed ? 1 : 2;
  if (!sampled || !nodes) {
    const scale = normalized ? 1 / (k * (N - 1)) : N / (k * correction);
    if (scale !== 1) for (let i = 0; i < values.length; i++) values[i]! *= scale;
    return;
  }
  // Excluding endpoints, a sampled source never counts itself: it saw k - 1 useful sources.
  const source = k > 1 ? (normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : NaN;
  const other = normalized ? 1 / (k * (N - 1)) : N / (k * correction);
  const isSource = new Uint8Array(n);
  for (const s of sampled) isSource[s] = 1;
  for (let i = 0; i < n; i++) values[i]! *= isSource[i] === 1 ? source : other;
}
