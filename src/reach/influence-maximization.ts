/**
 * Greedy influence maximisation with CELF lazy evaluation: the k seeds whose joint Monte Carlo
 * spread is largest, within (1 - 1/e) of the optimum for the submodular cascade models.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { Random } from "../util/random.js";
import { resolveSeeds, resolveSpread, SPREAD_DEFAULTS, type SpreadOptions } from "./activation-setup.js";
import type { Cascade } from "./cascade.js";

/** Options of {@link influenceMaximization}. */
export interface InfluenceMaximizationOptions extends SpreadOptions, LongRunningOptions {
  /** Number of seeds to pick, an integer in [1, number of candidates]. Default 10. */
  k?: number;
  /** The nodes to choose from (keys). Default: every node. */
  candidates?: readonly (string | number)[];
}

/** The defaults of {@link influenceMaximization}. */
export const INFLUENCE_MAXIMIZATION_DEFAULTS: Readonly<InfluenceMaximizationOptions> = Object.freeze({
  ...SPREAD_DEFAULTS,
  k: 10,
  candidates: undefined,
  onProgress: undefined,
  signal: undefined,
});

/** The result of {@link influenceMaximization}. */
export interface InfluenceMaximizationResult {
  /** The chosen seeds' keys, in the order picked. */
  readonly seeds: string[];
  /** The chosen seeds' node indices. */
  readonly indices: Int32Array;
  /** `gains[i]`: the estimated marginal spread the i-th seed added. */
  readonly gains: Float64Array;
  /** `spread[i]`: the estimated spread σ of the first i + 1 seeds (seeds included). */
  readonly spread: Float64Array;
  /** How many spread estimates (each `runs` simulations) were made: CELF's saving over n · k. */
  readonly evaluations: number;
  rows(): { rank: number; node: string; gain: number; spread: number }[];
}

/**
 * Greedy seed selection (Kempe, Kleinberg & Tardos 2003): repeatedly add the candidate v that
 * maximises σ(S ∪ {v}) - σ(S), where σ is the mean final active count over `runs` Monte Carlo
 * runs of {@link simulateActivation}'s model. CELF (Leskovec et al. 2007) keeps candidates in a
 * max-heap of stale gains and re-evaluates only the top: by submodularity a gain can only shrink,
 * so a top entry already computed in this round is the true best. Every σ estimate restarts the
 * generator at `seed` (common random numbers), so estimates are comparable and the result is
 * deterministic (seeds are sorted by index before each estimate, so an estimate depends on the
set only). Ties go to the smaller node index. Monte Carlo estimates are only approximately
submodular, so CELF can occasionally pick a different node than plain greedy when two gains are
within the estimate's noise.
 *
 * @param g - the graph.
 * @param options - {@link InfluenceMaximizationOptions}; defaults in {@link INFLUENCE_MAXIMIZATION_DEFAULTS}.
 * @returns the seeds in pick order with their marginal gains and cumulative spread.
 * @throws TiescopeError `INVALID_OPTION` (k outside [1, candidates], empty candidates, spread
 *   options as in {@link simulateActivation}), `UNKNOWN_NODE` (a candidate), `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * // A star: the hub reaches everyone with probability 1.
 * const g = SocialGraph.fromEdges([["hub", "a"], ["hub", "b"], ["hub", "c"]]);
 * influenceMaximization(g, { k: 1, probability: 1, runs: 10 }).seeds; // ["hub"]
 * ```
 * @remarks
 * Complexity: O(evaluations · runs · spread size); without CELF evaluations would be about n · k.
 * The (1 - 1/e) guarantee holds for independent cascade and linear threshold (submodular), not
 * for the `"threshold"` model, where greedy is only a heuristic.
 *
 * References: D. Kempe, J. Kleinberg, É. Tardos, KDD 2003, doi:10.1145/956750.956769;
 * J. Leskovec, A. Krause, C. Guestrin, C. Faloutsos, J. VanBriesen, N. Glance, "Cost-effective
 * outbreak detection in networks", KDD 2007, doi:10.1145/1281192.1281239.
 */
export function influenceMaximization(g: SocialGraph, options?: InfluenceMaximizationOptions): InfluenceMaximizationResult {
  const fn = "influenceMaximization";
  const o = resolveOptions(fn, options, INFLUENCE_MAXIMIZATION_DEFAULTS);
  const spread = resolveSpread(fn, g, o);
  const candidates = o.candidates === undefined ? Int32Array.from({ length: g.order }, (_, i) => i) : resolveSeeds(fn, g, o.candidates);
  if (candidates.length === 0) throw new TiescopeError("INVALID_OPTION", `${fn}: there are no candidates`);
  const k = checkNumber(fn, "k", o.k, { min: 1, max: candidates.length, integer: true });
  const cascade = spread.make(false);
  const chosen = new Int32Array(k + 1);
  const sorted = new Int32Array(k + 1);
  let evaluations = 0;
  // σ of the set chosen[0 .. count): seeds sorted so the estimate depends on the set, not the pick order.
  const sigma = (count: number): number => {
    evaluations++;
    sorted.set(chosen.subarray(0, count));
    sorted.subarray(0, count).sort();
    const random = new Random(spread.seed);
    let total = 0;
    for (let r = 0; r < spread.runs; r++) total += finalCount(cascade, sorted, count, random);
    return total / spread.runs;
  };
  // Max-heap of candidates by (stale gain desc, index asc).
  const c = candidates.length;
  const heapNode = new Int32Array(c);
  const heapGain = new Float64Array(c);
  const round = new Int32Array(g.order).fill(-1);
  for (let i = 0; i < c; i++) {
    if (i % 64 === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.((0.5 * i) / c, "initial gains");
    }
    chosen[0] = candidates[i]!;
    heapNode[i] = candidates[i]!;
    heapGain[i] = sigma(1);
    round[candidates[i]!] = 0;
  }
  let size = c;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heapNode, heapGain, size, i);
  const indices = new Int32Array(k);
  const gains = new Float64Array(k);
  const spreads = new Float64Array(k);
  let current = 0;
  for (let pick = 0; pick < k; pick++) {
    for (;;) {
      throwIfAborted(fn, o.signal);
      const top = heapNode[0]!;
      if (round[top] === pick) {
        indices[pick] = top;
        gains[pick] = heapGain[0]!;
        current += heapGain[0]!;
        spreads[pick] = current;
        chosen[pick] = top;
        size--;
        heapNode[0] = heapNode[size]!;
        heapGain[0] = heapGain[size]!;
        siftDown(heapNode, heapGain, size, 0);
        break;
      }
      chosen[pick] = top;
      heapGain[0] = sigma(pick + 1) - current;
      round[top] = pick;
      siftDown(heapNode, heapGain, size, 0);
    }
    o.onProgress?.(0.5 + (0.5 * (pick + 1)) / k, "greedy");
  }
  const seeds = Array.from(indices, (i) => g.key(i));
  return {
    seeds,
    indices,
    gains,
    spread: spreads,
    evaluations,
    rows: () => seeds.map((node, rank) => ({ rank: rank + 1, node, gain: gains[rank]!, spread: spreads[rank]! })),
  };
}

function finalCount(cascade: Cascade, seeds: Int32Array, count: number, random: Random): number {
  const steps = cascade.run(seeds, count, random);
  return cascade.counts[steps]!;
}

function before(nodes: Int32Array, gains: Float64Array, a: number, b: number): boolean {
  return gains[a]! > gains[b]! || (gains[a] === gains[b] && nodes[a]! < nodes[b]!);
}

function siftDown(nodes: Int32Array, gains: Float64Array, size: number, i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let best = i;
    if (l < size && before(nodes, gains, l, best)) best = l;
    if (r < size && before(nodes, gains, r, best)) best = r;
    if (best === i) return;
    const tn = nodes[i]!;
    const tg = gains[i]!;
    nodes[i] = nodes[best]!;
    gains[i] = gains[best]!;
    nodes[best] = tn;
    gains[best] = tg;
    i = best;
  }
}
