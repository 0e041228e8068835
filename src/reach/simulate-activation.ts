/**
 * How fast, and how far, a network activates from a few seeds: Monte Carlo spread with tie
 * strength as the activation probability.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError } from "../util/errors.js";
import { resolveOptions } from "../util/options.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { Random } from "../util/random.js";
import { resolveSeeds, resolveSpread, SPREAD_DEFAULTS, type SpreadOptions } from "./activation-setup.js";
import type { ActivationModel } from "./cascade.js";

export type { ActivationModel } from "./cascade.js";
export type { SpreadOptions } from "./activation-setup.js";

/** Options of {@link simulateActivation}. */
export interface SimulateActivationOptions extends SpreadOptions, LongRunningOptions {
  /** The nodes active at step 0 (keys; numbers are stringified). Required, non-empty. */
  seeds?: readonly (string | number)[];
}

/** The defaults of {@link simulateActivation}. */
export const SIMULATE_ACTIVATION_DEFAULTS: Readonly<SimulateActivationOptions> = Object.freeze({
  ...SPREAD_DEFAULTS,
  seeds: undefined,
  onProgress: undefined,
  signal: undefined,
});

/** The result of {@link simulateActivation}. Step 0 is the seeds; counts include the seeds. */
export interface ActivationResult {
  readonly model: ActivationModel;
  readonly runs: number;
  /** `mean[t]`: mean number of active nodes after step t, t = 0 .. `steps` (a finished run keeps its final count). */
  readonly mean: Float64Array;
  /** Standard deviation over runs of the count after step t. */
  readonly std: Float64Array;
  /** 95 % confidence band of the mean: `mean ∓ 1.96 · std / sqrt(runs)`. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** The last step at which any run activated someone. */
  readonly steps: number;
  /** Mean final number of active nodes (the final reach, seeds included), with its standard deviation over runs. */
  readonly finalReach: number;
  readonly finalReachStd: number;
  /** Interpolated step at which the mean curve reaches half of `finalReach` (0 when the seeds already are half). */
  readonly timeToHalf: number;
  /** Per node index: the fraction of runs in which it became active. */
  readonly activationProbability: Float64Array;
  /** The activation probability of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  get(key: string | number): number;
  /** One plain object per step: `{ step, mean, lower, upper }`. */
  rows(): { step: number; mean: number; lower: number; upper: number }[];
}

/**
 * Runs `runs` Monte Carlo spreads from `seeds`. Step 0 activates the seeds; at step t:
 *
 * - `"independent-cascade"` (Kempe, Kleinberg & Tardos 2003): each node activated at step t - 1
 *   gets one chance to activate each inactive neighbour v, succeeding with probability p_uv;
 * - `"linear-threshold"`: v activates once Σ_{active u} b_uv >= θ_v, θ_v uniform in (0, 1] per run,
 *   b_uv = p_uv / max(1, Σ_{w} p_wv) (so the weights into v sum to at most 1);
 * - `"threshold"` (complex contagion, Centola & Macy 2007): v activates once at least `threshold`
 *   of its neighbours are active (probabilities are ignored).
 *
 * The strength-to-probability mapping is the identity: p_uv = s_e, the tie strength in [0, 1] of
 * the arc e joining them in the spreading `direction` (for `"both"`, the stronger of the two
 * arcs), or the constant `probability`. With the default `direction: "in"` a node's activation
 * travels to the people with an arc to it (its audience, as in {@link scoreEngagementReach}).
 *
 * Statistics: with c_r(t) the cumulative active count of run r after step t (its final count
 * once it stopped), `mean[t] = Σ_r c_r(t) / runs`, `std[t]` the population standard deviation,
 * the band `mean ± 1.96 · std / sqrt(runs)`; `timeToHalf` is the smallest t with
 * `mean[t] >= finalReach / 2`, linearly interpolated between t - 1 and t.
 *
 * @param g - the graph.
 * @param options - {@link SimulateActivationOptions}; defaults in {@link SIMULATE_ACTIVATION_DEFAULTS}.
 * @returns the mean activation curve with its band, the final reach and the time to half.
 * @throws TiescopeError `INVALID_OPTION` (missing or empty seeds, bad model, probability outside
 *   [0, 1], runs, maxSteps, threshold), `UNKNOWN_NODE` (a seed), `LENGTH_MISMATCH`/`INVALID_WEIGHT`
 *   (ties), `UNKNOWN_OPTION`, `ABORTED`.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
 * const r = simulateActivation(g, { seeds: ["a"], probability: 1, runs: 10 });
 * Array.from(r.mean); // [1, 2, 3]
 * r.timeToHalf; // 0.5 (half of 3 is reached halfway through step 1)
 * ```
 * @remarks
 * Deterministic for a given `seed`. Complexity O(runs · (activated nodes' degrees)) time,
 * O(n + m + maxSteps) memory, nothing allocated per run. Degenerate cases: seeds without
 * neighbours give `mean = [|seeds|]`, `steps = 0`, `timeToHalf = 0`.
 *
 * References: D. Kempe, J. Kleinberg, É. Tardos, "Maximizing the spread of influence through a
 * social network", KDD 2003, doi:10.1145/956750.956769; D. Centola, M. Macy, "Complex contagions
 * and the weakness of long ties", AJS 2007, doi:10.1086/521848; D. Centola, "The spread of behavior
 * in an online social network experiment", Science 2010, doi:10.1126/science.1185231.
 */
export function simulateActivation(g: SocialGraph, options?: SimulateActivationOptions): ActivationResult {
  const fn = "simulateActivation";
  const o = resolveOptions(fn, options, SIMULATE_ACTIVATION_DEFAULTS);
  if (o.seeds === undefined) throw new TiescopeError("INVALID_OPTION", `${fn}: option seeds is required`);
  const seeds = resolveSeeds(fn, g, o.seeds);
  if (seeds.length === 0) throw new TiescopeError("INVALID_OPTION", `${fn}: seeds must not be empty`);
  const spread = resolveSpread(fn, g, o);
  const { runs, maxSteps } = spread;
  const cascade = spread.make(true);
  const random = new Random(spread.seed);
  const sum = new Float64Array(maxSteps + 2);
  const sumSq = new Float64Array(maxSteps + 2);
  // A run that stops at step T keeps its final count from T + 1 on: added once, as a difference.
  const carry = new Float64Array(maxSteps + 2);
  const carrySq = new Float64Array(maxSteps + 2);
  let longest = 0;
  let finalSum = 0;
  let finalSq = 0;
  const every = Math.max(1, Math.floor(runs / 100));
  for (let r = 0; r < runs; r++) {
    if (r % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(r / runs, "simulate");
    }
    const steps = cascade.run(seeds, seeds.length, random);
    const counts = cascade.counts;
    for (let t = 0; t <= steps; t++) {
      sum[t]! += counts[t]!;
      sumSq[t]! += counts[t]! * counts[t]!;
    }
    const final = counts[steps]!;
    carry[steps + 1]! += final;
    carrySq[steps + 1]! += final * final;
    finalSum += final;
    finalSq += final * final;
    if (steps > longest) longest = steps;
  }
  o.onProgress?.(1, "simulate");
  const mean = new Float64Array(longest + 1);
  const std = new Float64Array(longest + 1);
  const lower = new Float64Array(longest + 1);
  const upper = new Float64Array(longest + 1);
  let c = 0;
  let cSq = 0;
  for (let t = 0; t <= longest; t++) {
    c += carry[t]!;
    cSq += carrySq[t]!;
    const m = (sum[t]! + c) / runs;
    const variance = Math.max(0, (sumSq[t]! + cSq) / runs - m * m);
    const half = (1.96 * Math.sqrt(variance)) / Math.sqrt(runs);
    mean[t] = m;
    std[t] = Math.sqrt(variance);
    lower[t] = m - half;
    upper[t] = m + half;
  }
  const finalReach = finalSum / runs;
  const activationProbability = cascade.activated!;
  for (let i = 0; i < g.order; i++) activationProbability[i]! /= runs;
  return {
    model: spread.model,
    runs,
    mean,
    std,
    lower,
    upper,
    steps: longest,
    finalReach,
    finalReachStd: Math.sqrt(Math.max(0, finalSq / runs - finalReach * finalReach)),
    timeToHalf: timeToHalf(mean, finalReach),
    activationProbability,
    get: (key) => activationProbability[g.index(key)]!,
    rows: () => Array.from(mean, (m, step) => ({ step, mean: m, lower: lower[step]!, upper: upper[step]! })),
  };
}

function timeToHalf(mean: Float64Array, finalReach: number): number {
  const goal = finalReach / 2;
  if (mean[0]! >= goal) return 0;
  for (let t = 1; t < mean.length; t++) {
    if (mean[t]! >= goal) return t - 1 + (goal - mean[t - 1]!) / (mean[t]! - mean[t - 1]!);
  }
  return mean.length - 1;
}
