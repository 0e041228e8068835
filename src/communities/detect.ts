/**
 * `detectCommunities`: the one entry point for Leiden, Louvain and label propagation.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveEdgeWeights, type WeightsInput } from "../graph/weights.js";
import { TiescopeError } from "../util/errors.js";
import { checkChoice, checkNumber, resolveOptions } from "../util/options.js";
import type { LongRunningOptions } from "../util/progress.js";
import { Random } from "../util/random.js";
import { runLabelPropagation } from "./label-propagation.js";
import { runLeiden } from "./leiden.js";
import { runLouvain, type RunOptions } from "./louvain.js";
import { modularityOf } from "./modularity.js";
import { Partition, renumberBySize } from "./partition.js";
import { buildWorkGraph } from "./work-graph.js";

/** The community-detection algorithms. */
export type CommunityAlgorithm = "leiden" | "louvain" | "label-propagation";
/** The objectives Leiden and Louvain can optimise. */
export type CommunityObjective = "modularity" | "cpm";

/** Options of {@link detectCommunities}. */
export interface DetectCommunitiesOptions extends LongRunningOptions {
  /** `"leiden"` (default), `"louvain"` or `"label-propagation"`. */
  algorithm?: CommunityAlgorithm;
  /**
   * What Leiden and Louvain maximise: `"modularity"` (default; directed modularity on a directed
   * graph) or `"cpm"` (Constant Potts Model, `Σ_c [e_c − γ·n_c(n_c − 1)/2]`, Traag et al. 2011;
   * its resolution is an edge density, e.g. 0.05, not 1). Label propagation accepts only `"modularity"`.
   */
  objective?: CommunityObjective;
  /** Resolution γ >= 0; larger gives smaller communities. Default 1. */
  resolution?: number;
  /** Per-edge strengths (higher = closer): a `Float64Array` by edge id or a tie-strength result. Default: the graph's weights. */
  weights?: WeightsInput | undefined;
  /** Seed of the random node orders (and of Leiden's refinement). Default 0. */
  seed?: number;
  /** Maximum number of aggregation levels (Leiden, Louvain), >= 1. Default 1000 (no practical limit). */
  maxLevels?: number;
  /**
   * Leiden: number of full passes, each restarting from the previous result (leidenalg's
   * `n_iterations`); it stops earlier once a pass gains no more than `tolerance`, so a large value
   * (e.g. 1000) iterates until stable. Default 1: the paper's algorithm, whose level loop runs
   * until every community is one aggregate node (leidenalg defaults to 2 passes: about twice the
   * time for a gain below 0.001 in modularity on the benchmark graphs). Louvain: at most `maxIterations · n`
   * node visits per level (default 100). Label propagation: maximum rounds (default 100). Integer >= 1.
   */
  maxIterations?: number;
  /**
   * Smallest gain of the objective (modularity units) that keeps a Louvain level sweeping or
   * Leiden iterating. Default 1e-7.
   */
  tolerance?: number;
  /** Leiden's randomness θ > 0 in the refinement (`exp(ΔQ / θ)`); smaller is greedier. Default 0.01. */
  randomness?: number;
}

/**
 * The defaults of {@link detectCommunities}. `maxIterations: undefined` means the algorithm's own
 * default: 1 pass for Leiden, 100 for Louvain (visits per node per level) and label propagation (rounds).
 */
export const DETECT_COMMUNITIES_DEFAULTS: Readonly<DetectCommunitiesOptions> = Object.freeze({
  algorithm: "leiden",
  objective: "modularity",
  resolution: 1,
  weights: undefined,
  seed: 0,
  maxLevels: 1000,
  maxIterations: undefined,
  tolerance: 1e-7,
  randomness: 0.01,
  onProgress: undefined,
  signal: undefined,
});

/**
 * Finds communities: groups of nodes more densely (or more strongly) tied inside than expected.
 *
 * - **Leiden** (default; Traag, Waltman & van Eck 2019), in full: queue-based fast local moving,
 *   refinement with randomness θ, aggregation on the refined partition (initialised with the
 *   unrefined one), levels repeated until every community is one aggregate node; then whole
 *   passes repeated from the result (1 by default; 2 is leidenalg's default; `maxIterations: 1000` iterates
 *   until a pass gains no more than `tolerance`). Every community is connected (guaranteed by
 *   the refinement; property-tested).
 * - **Louvain** (Blondel et al. 2008): local-moving sweeps over a seeded random order, then
 *   aggregation, level after level. Communities can be internally disconnected.
 * - **Label propagation** (Raghavan et al. 2007): seeded, asynchronous; each node takes the label
 *   of largest total weight among its neighbours (ties at random; a node keeps its label when
 *   it is among the best). Fast, no objective, no hierarchy.
 *
 * Leiden and Louvain maximise modularity `Q = Σ_c [L_c/m − γ (K_c/2m)²]` (see {@link modularity})
 * or CPM. **Directed graphs**: Leiden and Louvain maximise the directed modularity of Leicht &
 * Newman `Σ_c [L_c/m − γ K_c^out K_c^in / m²]` directly, with the exact gain for moving a node;
 * no symmetrisation. Label propagation and CPM, which have no directed form, read a directed
 * graph as undirected with weight `A_ij + A_ji` (stated here, not silent; use {@link toUndirected}
 * first for another merge rule).
 *
 * @param g - the graph.
 * @param options - see {@link DetectCommunitiesOptions} and {@link DETECT_COMMUNITIES_DEFAULTS}.
 * @returns a {@link Partition}: `membership` by node index with communities numbered by
 *   decreasing size, `count`, `modularity` (at the given resolution; at γ = 1 for CPM), `quality`
 *   (the optimised objective), `levels` (fine to coarse), `communities()`, `get`, `rows`, `assign`.
 * @throws TiescopeError `EMPTY_GRAPH` (no nodes), `INVALID_OPTION`, `UNKNOWN_OPTION`,
 *   `INVALID_WEIGHT` / `LENGTH_MISMATCH` (weights), `ABORTED` (signal).
 * @example
 * ```ts
 * const { graph } = karateClub({ weighted: false });
 * const parts = detectCommunities(graph, { seed: 1 });
 * parts.count;      // 4
 * parts.modularity; // 0.4197896120973044
 * ```
 * @remarks Complexity: Leiden and Louvain O(m) per sweep or pass, near-linear in practice;
 * label propagation O(m) per round. Memory O(n + m). **Determinism**: the same seed gives the same
 * partition on every platform (a 32-bit integer PRNG; floating-point sums in a fixed order). The
 * result depends on node index order (random orders are permutations of indices), so building
 * the same graph with nodes inserted in another order can give a different, equally good,
 * partition. Degenerate cases: a graph without edges (or all weights 0) gives singletons and
 * modularity `NaN`; isolated nodes stay singletons.
 *
 * References: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Sci. Rep. 9:5233 (2019), doi:10.1038/s41598-019-41695-z;
 * V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities in
 * large networks", J. Stat. Mech. P10008 (2008), doi:10.1088/1742-5468/2008/10/P10008;
 * U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect community
 * structures in large-scale networks", Phys. Rev. E 76:036106 (2007), doi:10.1103/PhysRevE.76.036106;
 * E. A. Leicht, M. E. J. Newman, Phys. Rev. Lett. 100:118703 (2008), doi:10.1103/PhysRevLett.100.118703;
 * V. A. Traag, P. Van Dooren, Y. Nesterov, "Narrow scope for resolution-limit-free community
 * detection", Phys. Rev. E 84:016114 (2011), doi:10.1103/PhysRevE.84.016114.
 */
export function detectCommunities(g: SocialGraph, options?: DetectCommunitiesOptions): Partition {
  const fn = "detectCommunities";
  const o = resolveOptions(fn, options, DETECT_COMMUNITIES_DEFAULTS);
  const algorithm = checkChoice(fn, "algorithm", o.algorithm, ["leiden", "louvain", "label-propagation"] as const);
  const objective = checkChoice(fn, "objective", o.objective, ["modularity", "cpm"] as const);
  if (algorithm === "label-propagation" && objective !== "modularity") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: objective "cpm" needs algorithm "leiden" or "louvain"`, { option: "objective" });
  }
  const resolution = checkNumber(fn, "resolution", o.resolution, { min: 0 });
  const seed = checkNumber(fn, "seed", o.seed, { integer: true });
  const maxLevels = checkNumber(fn, "maxLevels", o.maxLevels, { min: 1, integer: true });
  const maxIterations =
    o.maxIterations === undefined ? (algorithm === "leiden" ? 1 : 100) : checkNumber(fn, "maxIterations", o.maxIterations, { min: 1, integer: true });
  const tolerance = checkNumber(fn, "tolerance", o.tolerance, { min: 0 });
  const randomness = checkNumber(fn, "randomness", o.randomness, { min: Number.MIN_VALUE });
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: onProgress must be a function`, { option: "onProgress" });
  }
  if (o.signal !== undefined && (typeof o.signal !== "object" || o.signal === null || !("aborted" in o.signal))) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: signal must be an AbortSignal`, { option: "signal" });
  }
  const w = resolveEdgeWeights(fn, g, o.weights);
  if (g.order === 0) throw new TiescopeError("EMPTY_GRAPH", `${fn}: the graph has no nodes`);

  const { graph: work, objective: obj } = buildWorkGraph(g, w, objective, resolution);
  const run: RunOptions = {
    fn,
    random: new Random(seed),
    maxLevels,
    maxIterations,
    tolerance,
    randomness,
    onProgress: o.onProgress,
    signal: o.signal,
  };
  o.onProgress?.(0, algorithm);
  const result =
    algorithm === "leiden" ? runLeiden(work, obj, run) : algorithm === "louvain" ? runLouvain(work, obj, run) : runLabelPropagation(work, run);
  const { membership, count } = renumberBySize(result.labels, g.order);
  // Numbered when first read; from the run's own labels, so a caller's writes to `membership` cannot leak in.
  const levels = (): Int32Array[] => {
    const out = result.levels.map((level) => renumberBySize(level, g.order).membership);
    const final = renumberBySize(result.labels, g.order).membership;
    if (out.length === 0 || !sameArray(out[out.length - 1]!, final)) out.push(final);
    return out;
  };
  const q = modularityOf(g, w, membership, count, objective === "cpm" ? 1 : resolution);
  const quality = objective === "cpm" ? cpmValue(g, w, membership, count, resolution) : q;
  o.onProgress?.(1, "done");
  return new Partition(g, membership, count, q, quality, levels, {
    algorithm,
    objective,
    resolution,
    seed,
    iterations: result.iterations,
  });
}

/** `Σ_c [e_c − γ n_c (n_c − 1) / 2]` with `e_c` the weight inside community `c`. */
function cpmValue(g: SocialGraph, w: Float64Array, membership: Int32Array, count: number, resolution: number): number {
  let inside = 0;
  for (let e = 0; e < g.size; e++) if (membership[g.edgeSources[e]!] === membership[g.edgeTargets[e]!]) inside += w[e]!;
  const sizes = new Float64Array(count);
  for (let i = 0; i < membership.length; i++) sizes[membership[i]!]!++;
  let penalty = 0;
  for (let c = 0; c < count; c++) penalty += (sizes[c]! * (sizes[c]! - 1)) / 2;
  return inside - resolution * penalty;
}

function sameArray(x: Int32Array, y: Int32Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
