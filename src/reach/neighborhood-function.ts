/**
 * The neighbourhood function of a graph: how many pairs of people lie within t hops of each
 * other, for every t, with the average distance and the effective diameter read off it.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { checkChoice, checkNumber, resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { adjacency, boundedBfs, DIRECTIONS, type Adjacency, type ReachDirection } from "./adjacency.js";
import { hyperBall } from "./hyperball.js";
import type { ReachMethod } from "./k-hop-reach.js";

/** Options of {@link neighborhoodFunction}. */
export interface NeighborhoodFunctionOptions extends LongRunningOptions {
  /** Largest distance t to compute, an integer >= 1. Default `Infinity` (until every ball stops growing). */
  maxDistance?: number;
  /** Which arcs to follow on a directed graph. Default `"out"`. */
  direction?: ReachDirection;
  /** `"exact"` (BFS from every node) or `"hyperball"` (HyperANF). Default `"exact"`. */
  method?: ReachMethod;
  /** HyperBall only: log2 of the registers per counter, in [4, 16]. Default 10. */
  log2m?: number;
  /** HyperBall only: hash seed. Default 0. */
  seed?: number;
  /** The fraction of reachable pairs the effective diameter covers, in (0, 1]. Default 0.9. */
  quantile?: number;
}

/** The defaults of {@link neighborhoodFunction}. */
export const NEIGHBORHOOD_FUNCTION_DEFAULTS: Readonly<NeighborhoodFunctionOptions> = Object.freeze({
  maxDistance: Infinity,
  direction: "out",
  method: "exact",
  log2m: 10,
  seed: 0,
  quantile: 0.9,
  onProgress: undefined,
  signal: undefined,
});

/** The result of {@link neighborhoodFunction}. */
export interface NeighborhoodFunctionResult {
  /** `pairs[t]`: ordered pairs (u, v), u ≠ v, with d(u, v) <= t, for t = 0 .. the last distance computed (`pairs[0] = 0`). */
  readonly pairs: Float64Array;
  /** Mean distance over reachable ordered pairs u ≠ v (NaN when there are none). */
  readonly averageDistance: number;
  /** Interpolated smallest t with `pairs(t) >= quantile · pairs(last)` (NaN when there are no pairs). */
  readonly effectiveDiameter: number;
  /** The largest t at which `pairs` still grew (the diameter of the reachable pairs when exact and unbounded). */
  readonly diameter: number;
  readonly quantile: number;
  readonly method: ReachMethod;
}

/**
 * The neighbourhood function N(t) = |{(u, v) : u ≠ v, d(u, v) <= t}|, with
 *
 *   average distance = Σ_t t · (N(t) - N(t-1)) / N(T),
 *   effective diameter = (t - 1) + (q · N(T) - N(t - 1)) / (N(t) - N(t - 1)) for the smallest t with N(t) >= q · N(T),
 *
 * where T is the last distance computed (the graph's diameter when unbounded) and q the
 * `quantile` (Palmer, Gibbons & Faloutsos 2002; Leskovec, Kleinberg & Faloutsos 2007 use the
 * same linear interpolation). Distances follow `direction`; unreachable pairs are left out.
 * `method: "hyperball"` estimates N(t) with HyperANF (Boldi, Rosa & Vigna 2011), summing the
 * per-node ball estimates minus one.
 *
 * @param g - the graph (weights are ignored).
 * @param options - {@link NeighborhoodFunctionOptions}; defaults in {@link NEIGHBORHOOD_FUNCTION_DEFAULTS}.
 * @returns the cumulative pair counts and the statistics above.
 * @throws TiescopeError `INVALID_OPTION` (maxDistance < 1, quantile outside (0, 1], bad direction,
 *   method, log2m or seed), `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"]]);
 * const nf = neighborhoodFunction(g);
 * nf.pairs; // Float64Array [0, 6, 10, 12]
 * nf.averageDistance; // 20 / 12 = 1.667
 * nf.effectiveDiameter; // 2 + (10.8 - 10) / 2 = 2.4
 * ```
 * @remarks
 * Complexity: exact, O(n · m) time and O(n) memory; HyperBall, O(T · m · 2^log2m) time and
 * 2 · n · 2^log2m bytes. Degenerate cases: a graph without edges gives `pairs = [0]`, NaN
 * averages and diameter 0.
 *
 * References: C. R. Palmer, P. B. Gibbons, C. Faloutsos, "ANF: a fast and scalable tool for data
 * mining in massive graphs", KDD 2002, doi:10.1145/775047.775059; P. Boldi, M. Rosa, S. Vigna,
 * "HyperANF", WWW 2011, doi:10.1145/1963405.1963493.
 */
export function neighborhoodFunction(g: SocialGraph, options?: NeighborhoodFunctionOptions): NeighborhoodFunctionResult {
  const fn = "neighborhoodFunction";
  const o = resolveOptions(fn, options, NEIGHBORHOOD_FUNCTION_DEFAULTS);
  const maxDistance = checkNumber(fn, "maxDistance", o.maxDistance, { min: 1, integer: true, allowInfinity: true });
  const direction = checkChoice(fn, "direction", o.direction, DIRECTIONS);
  const method = checkChoice(fn, "method", o.method, ["exact", "hyperball"] as const);
  const log2m = checkNumber(fn, "log2m", o.log2m, { min: 4, max: 16, integer: true });
  const seed = checkNumber(fn, "seed", o.seed, { integer: true });
  const quantile = checkNumber(fn, "quantile", o.quantile, { min: Number.MIN_VALUE, max: 1 });
  const adj = adjacency(g, direction);
  const limit = Math.min(maxDistance, Math.max(1, g.order));
  const pairs = method === "exact" ? exactPairs(g.order, adj, limit, o, fn) : hyperPairs(g.order, adj, limit, log2m, seed, o, fn);
  return summarise(pairs, quantile, method);
}

function exactPairs(n: number, adj: Adjacency, limit: number, o: LongRunningOptions, fn: string): Float64Array {
  const counts = new Float64Array(limit + 1);
  const stamp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const every = Math.max(1, Math.floor(n / 100));
  for (let s = 0; s < n; s++) {
    if (s % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(s / n, "bfs");
    }
    boundedBfs(adj, s, limit, stamp, queue, counts);
  }
  o.onProgress?.(1, "bfs");
  let deepest = 0;
  for (let t = 1; t <= limit; t++) if (counts[t]! > 0) deepest = t;
  const pairs = new Float64Array(deepest + 1);
  for (let t = 1; t <= deepest; t++) pairs[t] = pairs[t - 1]! + counts[t]!;
  return pairs;
}

function hyperPairs(n: number, adj: Adjacency, limit: number, log2m: number, seed: number, o: LongRunningOptions, fn: string): Float64Array {
  const totals: number[] = [];
  hyperBall(n, adj, log2m, seed, {
    fn,
    signal: o.signal,
    maxIterations: limit,
    onIteration(t, sizes, changed) {
      o.onProgress?.(Math.min(1, t / Math.min(limit, 64)), "hyperball");
      let sum = 0;
      for (let v = 0; v < n; v++) sum += sizes[v]!;
      if (t === 0 || changed > 0) totals.push(sum);
      return true;
    },
  });
  const base = totals[0] ?? 0;
  const pairs = new Float64Array(totals.length);
  // Estimates are noisy but balls only grow: keep the running maximum so N(t) is non-decreasing.
  for (let t = 1; t < totals.length; t++) pairs[t] = Math.max(pairs[t - 1]!, totals[t]! - base);
  return pairs;
}

function summarise(pairs: Float64Array, quantile: number, method: ReachMethod): NeighborhoodFunctionResult {
  const last = pairs.length - 1;
  const total = pairs[last]!;
  let diameter = 0;
  let weighted = 0;
  for (let t = 1; t <= last; t++) {
    const gain = pairs[t]! - pairs[t - 1]!;
    if (gain > 0) diameter = t;
    weighted += t * gain;
  }
  let effective = NaN;
  if (total > 0) {
    const goal = quantile * total;
    for (let t = 1; t <= last; t++) {
      if (pairs[t]! >= goal) {
        const prev = pairs[t - 1]!;
        effective = t - 1 + (goal - prev) / (pairs[t]! - prev);
        break;
      }
    }
  }
  return {
    pairs,
    averageDistance: total > 0 ? weighted / total : NaN,
    effectiveDiameter: effective,
    diameter,
    quantile,
    method,
  };
}
