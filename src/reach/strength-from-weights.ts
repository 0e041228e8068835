/**
 * A default tie strength derived from edge weights alone, so the engagement and activation
 * functions work without a tie-strength model.
 */
import { checkStrengths } from "../ties/resolve-ties.js";
import type { SocialGraph } from "../graph/social-graph.js";
import type { TieStrengthLike } from "../ties/types.js";
import { TiescopeError, show } from "../util/errors.js";

/** The strength of a tie at the mean weight, `1 - e^-1 ≈ 0.632`: the weak/strong cut of {@link strengthFromWeights}. */
export const WEIGHT_STRENGTH_THRESHOLD = 1 - Math.exp(-1);

/**
 * A tie strength in [0, 1) from interaction counts: with w̄ the mean edge weight,
 *
 *   s_e = 1 - exp(-w_e / w̄),
 *
 * so a tie at the mean weight has strength 1 - 1/e ≈ 0.632, one at a tenth of it ≈ 0.095 and one
 * at three times it ≈ 0.95 (a saturating exposure curve: each extra interaction adds less).
 * Ties below {@link WEIGHT_STRENGTH_THRESHOLD} (lighter than the mean) are weak. This is the
 * default `ties` of {@link scoreEngagementReach}, {@link influencePassivity} and
 * {@link simulateActivation}; a fitted tie-strength model (recency, reciprocity, overlap, ...)
 * is a better input when available.
 *
 * @param g - the graph; its edge weights are read as interaction counts (all 1 when unweighted).
 * @returns a {@link TieStrengthLike} indexed by edge id.
 * @throws never (weights were validated when the graph was built).
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b", 1], ["b", "c", 3]]);
 * strengthFromWeights(g).strength; // Float64Array [0.3935, 0.7769] (mean weight 2)
 * ```
 * @remarks O(m). A graph without edges gives empty arrays; an all-zero-weight graph gives strength 0.
 */
export function strengthFromWeights(g: SocialGraph): TieStrengthLike {
  const m = g.size;
  const strength = new Float64Array(m);
  const weak = new Uint8Array(m);
  const mean = m > 0 ? g.totalWeight() / m : 0;
  for (let e = 0; e < m; e++) {
    strength[e] = mean > 0 ? 1 - Math.exp(-g.edgeWeights[e]! / mean) : 0;
    weak[e] = strength[e]! < WEIGHT_STRENGTH_THRESHOLD ? 1 : 0;
  }
  return { strength, weak, threshold: WEIGHT_STRENGTH_THRESHOLD };
}

/** The `ties` option: a tie-strength result or a per-edge strength array in [0, 1]. */
export type TiesInput = TieStrengthLike | Float64Array;

/**
 * Resolves a `ties` option to per-edge strengths in [0, 1] and a weak/strong threshold.
 * @internal
 */
export function resolveTies(fn: string, g: SocialGraph, ties: TiesInput | undefined | null): { strength: Float64Array; threshold: number } {
  if (ties === undefined || ties === null) {
    const d = strengthFromWeights(g);
    return { strength: d.strength, threshold: d.threshold };
  }
  let strength: unknown;
  let threshold = WEIGHT_STRENGTH_THRESHOLD;
  if (ties instanceof Float64Array) strength = ties;
  else if (typeof ties === "object" && (ties as TieStrengthLike).strength instanceof Float64Array) {
    strength = ties.strength;
    threshold = ties.threshold;
  } else {
    throw new TiescopeError("INVALID_OPTION", `${fn}: ties must be a tie-strength result or a Float64Array, got ${show(ties)}`);
  }
  const s = strength as Float64Array;
  if (s.length !== g.size) throw new TiescopeError("LENGTH_MISMATCH", `${fn}: ties has ${s.length} entries but the graph has ${g.size} edges`);
  checkStrengths(fn, g, s);
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: ties.threshold must be in [0, 1], got ${show(threshold)}`);
  }
  return { strength: s, threshold };
}
