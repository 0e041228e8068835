/**
 * Betweenness estimated from sampled shortest paths with a uniform error guarantee.
 *
 * Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality
 * through sampling. Data Mining and Knowledge Discovery 30(2), 438–475.
 * doi:10.1007/s10618-015-0423-0
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import type { WeightsInput } from "../graph/weights.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { Random } from "../util/random.js";
import { Brandes } from "./brandes.js";
import { PathSampler } from "./path-sampler.js";
import { resolveDistances } from "./distances.js";
import { vertexDiameterBound } from "./vertex-diameter.js";
import { assignNodes } from "./shared.js";
import { nodeIndexOf } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** Options of {@link approximateBetweenness}. */
export interface ApproximateBetweennessOptions extends LongRunningOptions {
  /** Additive error bound on every node's normalised betweenness, in (0, 1). Default 0.05. */
  epsilon?: number;
  /** Probability that some node's error exceeds `epsilon`, in (0, 1). Default 0.1. */
  delta?: number;
  /** Seed of the sampler. Default 0. */
  seed?: number;
  /** Per-edge distances, as in {@link betweenness}. Default `null` (hops). */
  weights?: WeightsInput | null;
}

/** The defaults of {@link approximateBetweenness}. */
export const APPROXIMATE_BETWEENNESS_DEFAULTS: Readonly<ApproximateBetweennessOptions> = Object.freeze({
  epsilon: 0.05,
  delta: 0.1,
  seed: 0,
  weights: null,
  onProgress: undefined,
  signal: undefined,
});

/** The universal constant of the sample-size bound (Löffler & Phillips 2009), as in the paper. */
const C = 0.5;

/** The result of {@link approximateBetweenness}. */
export interface ApproximateBetweennessResult {
  /** Estimated normalised betweenness per node (same scale as `betweenness(g)` with `normalized: true`). */
  readonly values: Float64Array;
  /** Number of sampled shortest paths. */
  readonly samples: number;
  /** The upper bound on the vertex diameter used for the sample size. */
  readonly vertexDiameter: number;
  readonly epsilon: number;
  readonly delta: number;
  /** Estimated betweenness of node `key`. @throws `UNKNOWN_NODE`. */
  get(key: NodeKey): number;
  /** `{ node, betweenness }` per node, by index. */
  rows(): { node: string; betweenness: number }[];
  /** Writes node attribute `attribute` (default `"betweenness"`) on a graphology graph. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/**
 * Riondato–Kornaropoulos sampling: draws `r` node pairs (u, v) uniformly, picks one shortest
 * u–v path uniformly at random (walking back from v, choosing predecessor p with probability
 * σ_up / σ_uw), and credits each interior node with 1 / r. With
 *
 *   r = ⌈ (c / ε′²) (⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ)) ⌉,  c = 0.5,  ε′ = ε (n − 2) / n,
 *
 * where VD bounds the vertex diameter (the most nodes on any shortest path), every node's
 * estimate is within ε of its exact normalised betweenness (as {@link betweenness} with
 * `normalized: true` reports it) with probability at least 1 − δ. (The paper's estimate is
 * over all n(n − 1) ordered pairs; multiplying by n / (n − 2) rescales it to the normalised
 * scale, hence ε′.) VD is bounded by one BFS per component on undirected unweighted graphs
 * (2·ecc + 1), by ⌊2·ecc_w / w_min⌋ + 1 on undirected weighted graphs, and by the size of
 * the largest weakly connected component on directed graphs; never above that size.
 *
 * For an estimate without a guarantee but with a fixed budget, use `betweenness(g, { pivots })`.
 *
 * @param g - the graph (directed graphs follow arcs).
 * @param options - `epsilon` (0.05), `delta` (0.1), `seed` (0), `weights` (distances),
 *   `onProgress`, `signal`; see {@link APPROXIMATE_BETWEENNESS_DEFAULTS}.
 * @returns {@link ApproximateBetweennessResult} with the number of samples used.
 * @throws TiescopeError `INVALID_OPTION`, `UNKNOWN_OPTION`, `INVALID_WEIGHT`, `LENGTH_MISMATCH`, `ABORTED`.
 * @example
 * ```ts
 * const { graph } = karateClub({ weighted: false });
 * const est = approximateBetweenness(graph, { epsilon: 0.05, seed: 1 });
 * est.samples;  // 1198
 * est.get("0"); // 0.4426 (exact 0.4376)
 * ```
 * Each sample runs a balanced bidirectional BFS (hops; it expands the side with the smaller
 * frontier and stops at the first meeting level, as in KADABRA, Borassi & Natale 2019,
 * doi:10.1145/3284359) or a Dijkstra from u stopped when v is settled (weighted).
 *
 * Complexity: O(n + m) for the bound, then r searches, each O(m) at worst and typically far
 * less on small-world graphs (O(m + n log n) weighted); r does not grow with n. Memory O(n + m).
 *
 * Degenerate cases: n < 3 gives all zeros and 0 samples; a sampled pair in different
 * components contributes nothing.
 */
export function approximateBetweenness(g: SocialGraph, options?: ApproximateBetweennessOptions): ApproximateBetweennessResult {
  const fn = "approximateBetweenness";
  const o = resolveOptions(fn, options, APPROXIMATE_BETWEENNESS_DEFAULTS);
  const epsilon = checkNumber(fn, "epsilon", o.epsilon, { min: Number.MIN_VALUE, max: 1 - Number.EPSILON });
  const delta = checkNumber(fn, "delta", o.delta, { min: Number.MIN_VALUE, max: 1 - Number.EPSILON });
  const seed = checkNumber(fn, "seed", o.seed, { integer: true });
  const w = resolveDistances(fn, g, o.weights);
  const n = g.order;
  const values = new Float64Array(n);
  let samples = 0;
  let vd = Math.min(n, 2);
  if (n >= 3) {
    throwIfAborted(fn, o.signal);
    vd = vertexDiameterBound(g, w);
    const eps = (epsilon * (n - 2)) / n;
    const logTerm = vd > 2 ? Math.floor(Math.log2(vd - 2)) + 1 : 0;
    samples = Math.ceil((C / (eps * eps)) * (logTerm + Math.log(1 / delta)));
    sample(fn, g, w, samples, seed, values, o);
  }
  return {
    values,
    samples,
    vertexDiameter: vd,
    epsilon,
    delta,
    get: (key) => values[nodeIndexOf(`${fn}.get`, g, key)]!,
    rows: () => Array.from(values, (b, i) => ({ node: g.key(i), betweenness: b })),
    assign: (graph, attribute = "betweenness") => assignNodes(fn, graph, g, attribute, (i) => values[i]!),
  };
}

function sample(fn: string, g: SocialGraph, w: Float64Array | null, r: number, seed: number, values: Float64Array, o: LongRunningOptions): void {
  const n = g.order;
  const random = new Random(seed);
  // hops: balanced bidirectional BFS per sample; weighted: Dijkstra from u stopped at v
  const sampler = w ? null : new PathSampler(g);
  const brandes = w ? new Brandes(g, w) : null;
  const credit = n / (n - 2) / r;
  const every = Math.max(1, Math.floor(r / 100));
  for (let k = 0; k < r; k++) {
    const u = random.int(n);
    let v = random.int(n - 1);
    if (v >= u) v++;
    if (sampler) sampler.sample(u, v, random, values, credit);
    else sampleWeighted(g, brandes!, w!, u, v, random, values, credit);
    if ((k + 1) % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.((k + 1) / r, "samples");
    }
  }
  o.onProgress?.(1, "samples");
}

/** One uniform shortest u–v path on a weighted graph: walk back from v, predecessor p with probability σ_p / σ_x. */
function sampleWeighted(g: SocialGraph, brandes: Brandes, w: Float64Array, u: number, v: number, random: Random, values: Float64Array, credit: number): void {
  const { inOffsets, inSources, inEdgeIds } = g;
  const { sigma, dist } = brandes;
  brandes.run(u, v);
  if (!brandes.reached(v)) return;
  let x = v;
  while (x !== u) {
    // predecessors are the in-neighbours with dist[p] + w = dist[x]; their counts are final
    let pick = random.nextDouble() * sigma[x]!;
    let chosen = -1;
    for (let h = inOffsets[x]!; h < inOffsets[x + 1]!; h++) {
      const p = inSources[h]!;
      if (dist[p]! < 0 || dist[p]! + w[inEdgeIds[h]!]! !== dist[x]) continue;
      chosen = p;
      pick -= sigma[p]!;
      if (pick < 0) break;
    }
    x = chosen;
    if (x !== u) values[x]! += credit;
  }
}
