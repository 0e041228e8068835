/**
 * k-hop reach: for every node, how many distinct people lie within k hops (LinkedIn's "3rd
 * degree" is k = 3): the audience a message can reach through re-sharing.
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError } from "../util/errors.js";
import { checkChoice, checkNumber, resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { adjacency, boundedBfs, DIRECTIONS, type Adjacency, type ReachDirection } from "./adjacency.js";
import { hyperBall } from "./hyperball.js";
import { assignNodeValues } from "./node-result.js";


/** How {@link kHopReach} counts: exact breadth-first search or HyperBall's HyperLogLog estimate. */
export type ReachMethod = "exact" | "hyperball";

/** Options of {@link kHopReach}. */
export interface KHopReachOptions extends LongRunningOptions {
  /** Number of hops k, an integer >= 0. Default 2. */
  hops?: number;
  /** Which arcs to follow on a directed graph: `"out"` (who u reaches), `"in"` (who reaches u) or `"both"`. Default `"out"`. */
  direction?: ReachDirection;
  /** `"exact"` (BFS from every node) or `"hyperball"` (HyperLogLog estimate). Default `"exact"`. */
  method?: ReachMethod;
  /** HyperBall only: log2 of the registers per counter, an integer in [4, 16]. Default 10 (relative standard error 1.04 / sqrt(1024) = 3.25 %). */
  log2m?: number;
  /** HyperBall only: seed of the hash. Default 0. */
  seed?: number;
  /** Exact only: compute the reach of these nodes (keys) only; every other entry is NaN. Default: all nodes. */
  nodes?: readonly (string | number)[];
}

/** The defaults of {@link kHopReach}. */
export const K_HOP_REACH_DEFAULTS: Readonly<KHopReachOptions> = Object.freeze({
  hops: 2,
  direction: "out",
  method: "exact",
  log2m: 10,
  seed: 0,
  nodes: undefined,
  onProgress: undefined,
  signal: undefined,
});

/** The result of {@link kHopReach}. */
export interface KHopReachResult {
  /** Per node index: the number of other nodes within `hops` hops (estimated under HyperBall). */
  readonly reach: Float64Array;
  readonly hops: number;
  readonly direction: ReachDirection;
  readonly method: ReachMethod;
  /** The reach of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  get(key: string | number): number;
  /** One plain object per node: `{ node, reach }`. */
  rows(): { node: string; reach: number }[];
  /** Writes each node's reach into a graphology graph as attribute `attribute` (default `"reach"`). */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * For every node u, the number of distinct nodes v ≠ u with d(u, v) <= k, where d follows the
 * arcs given by `direction` (on an undirected graph every direction is the same):
 *
 *   reach_k(u) = |{ v ≠ u : d(u, v) <= k }|
 *
 * `method: "exact"` runs a breadth-first search of depth k from every node with one stamp array
 * (no per-node set). `method: "hyperball"` grows HyperLogLog counters k times (HyperBall,
 * Boldi, Rosa & Vigna): reach_k(u) ≈ |B_k(u)| - 1 with a relative standard error of about
 * 1.04 / sqrt(2^log2m); the same seed gives the same estimate on every platform.
 *
 * @param g - the graph (weights are ignored).
 * @param options - {@link KHopReachOptions}; defaults in {@link K_HOP_REACH_DEFAULTS}.
 * @returns per node index, the reach (a count >= 0, or its estimate, which may be fractional).
 * @throws TiescopeError `INVALID_OPTION` (hops not an integer >= 0, bad direction, method, log2m
 *   or seed; `nodes` not an array or given with HyperBall), `UNKNOWN_NODE` (in `nodes`),
 *   `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"]]);
 * kHopReach(g, { hops: 2 }).get("a"); // 2 (b and c)
 * kHopReach(g, { hops: 2 }).get("b"); // 3
 * ```
 * @remarks
 * Complexity: exact, O(Σ_u |ball_k(u)| edges scanned) ≤ O(n·m) time and O(n) memory;
 * HyperBall, O(k · m · 2^log2m) time and 2 · n · 2^log2m bytes. Degenerate cases: an isolated
 * node has reach 0; hops 0 gives 0 everywhere; an empty graph gives an empty array.
 *
 * References: P. Boldi, M. Rosa, S. Vigna, "HyperANF: approximating the neighbourhood function
 * of very large graphs on a budget", WWW 2011, doi:10.1145/1963405.1963493; P. Flajolet et al.,
 * "HyperLogLog", AofA 2007.
 */
export function kHopReach(g: SocialGraph, options?: KHopReachOptions): KHopReachResult {
  const { reach, hops, direction, method } = kHopReachValues(g, options, null);
  return reachResult(g, reach, hops, direction, method);
}

/** The reach array of {@link kHopReach} with the options it was counted under. @internal */
export interface KHopReachValues {
  readonly reach: Float64Array;
  readonly hops: number;
  readonly direction: ReachDirection;
  readonly method: ReachMethod;
}

/**
 * {@link kHopReach}'s option checks and counting without the result wrapper, over `adj` when given
 * (it must be `adjacency(g, direction)`), else over a fresh one. Messages are kHopReach's. @internal
 */
export function kHopReachValues(g: SocialGraph, options: KHopReachOptions | undefined, adj: Adjacency | null): KHopReachValues {
  const fn = "kHopReach";
  const o = resolveOptions(fn, options, K_HOP_REACH_DEFAULTS);
  const hops = checkNumber(fn, "hops", o.hops, { min: 0, integer: true });
  const direction = checkChoice(fn, "direction", o.direction, DIRECTIONS);
  const method = checkChoice(fn, "method", o.method, ["exact", "hyperball"] as const);
  const log2m = checkNumber(fn, "log2m", o.log2m, { min: 4, max: 16, integer: true });
  const seed = checkNumber(fn, "seed", o.seed, { integer: true });
  let sources: Int32Array | null = null;
  if (o.nodes !== undefined) {
    if (method !== "exact") throw new TiescopeError("INVALID_OPTION", `${fn}: option nodes needs method "exact"`);
    if (!Array.isArray(o.nodes)) throw new TiescopeError("INVALID_OPTION", `${fn}: option nodes must be an array of node keys`);
    sources = Int32Array.from(o.nodes, (k: string | number) => g.index(k));
  }
  const a = adj ?? adjacency(g, direction);
  let reach: Float64Array;
  if (method === "exact") reach = exactReach(g.order, a, hops, o, fn, sources);
  else reach = hops === 0 ? new Float64Array(g.order) : hyperBallReach(g.order, a, hops, log2m, seed, o, fn);
  return { reach, hops, direction, method };
}

/** Exact k-hop reach by one BFS per node (or per node of `sources`), sharing one stamp array and one queue. @internal */
export function exactReach(n: number, adj: Adjacency, hops: number, o: LongRunningOptions, fn: string, sources: Int32Array | null = null): Float64Array {
  const reach = new Float64Array(n);
  if (sources) reach.fill(NaN);
  const stamp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const count = sources ? sources.length : n;
  const every = Math.max(1, Math.floor(count / 100));
  for (let k = 0; k < count; k++) {
    const s = sources ? sources[k]! : k;
    if (k % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(k / count, "bfs");
    }
    reach[s] = boundedBfs(adj, s, hops, stamp, queue, null);
  }
  o.onProgress?.(1, "bfs");
  return reach;
}

function hyperBallReach(n: number, adj: Adjacency, hops: number, log2m: number, seed: number, o: LongRunningOptions, fn: string): Float64Array {
  const reach = new Float64Array(n);
  hyperBall(n, adj, log2m, seed, {
    fn,
    signal: o.signal,
    maxIterations: hops,
    onIteration(t, sizes) {
      o.onProgress?.(t / hops, "hyperball");
      // Once nothing changes the balls are final; copying the latest estimates is then exact for every k >= t.
      for (let v = 0; v < n; v++) reach[v] = Math.max(0, sizes[v]! - 1);
      return t < hops;
    },
  });
  return reach;
}

function reachResult(g: SocialGraph, reach: Float64Array, hops: number, direction: ReachDirection, method: ReachMethod): KHopReachResult {
  return {
    reach,
    hops,
    direction,
    method,
    get: (key) => reach[g.index(key)]!,
    rows: () => Array.from(reach, (r, i) => ({ node: g.key(i), reach: r })),
    assign: (graph, attribute = "reach") => assignNodeValues(g, graph, attribute, reach),
  };
}
