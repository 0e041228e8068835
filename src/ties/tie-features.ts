/**
 * The normalised tie-strength features: each maps a raw per-edge quantity to [0, 1] with a fixed,
 * documented transform (never a rank), so a value means the same in every graph. Internal; the
 * public entry point is estimateTieStrength.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import type { InteractionFeatures } from "../interactions/types.js";
import { neighborhoodOverlap } from "./overlap.js";

/** The feature names estimateTieStrength knows. */
export type TieFeature = "frequency" | "recency" | "reciprocity" | "regularity" | "multiplexity" | "weight" | "overlap";

/** All feature names, in the order results list them. */
export const TIE_FEATURES: readonly TieFeature[] = Object.freeze([
  "frequency",
  "recency",
  "reciprocity",
  "regularity",
  "multiplexity",
  "weight",
  "overlap",
]);

/** Scales of the fixed transforms. @internal */
export interface FeatureScales {
  frequencyReference: number;
  recencyReference: number;
  weightReference: number | "max";
}

/** `min(1, ln(1 + x) / ln(1 + ref))`: 0 at x = 0, 1 from x = ref on, log-spaced between. */
function logScale(x: number, ref: number): number {
  if (!(x > 0)) return 0;
  const v = Math.log1p(x) / Math.log1p(ref);
  return v < 1 ? v : 1;
}

/**
 * Computes every available normalised feature. Interaction features need `dyads`; `weight`
 * needs a weighted graph (or explicit weights) and no dyads; `overlap` is always available, but
 * its O(m sqrt(m)) triangle listing runs only when `overlap` is true (its entry is null otherwise).
 * @internal
 */
export function computeFeatures(
  g: SocialGraph,
  dyads: InteractionFeatures | undefined,
  weights: Float64Array | null,
  scales: FeatureScales,
  overlap: boolean,
): Map<TieFeature, Float64Array | null> {
  const m = g.size;
  const out = new Map<TieFeature, Float64Array | null>();
  if (dyads) {
    const frequency = new Float64Array(m);
    const recency = new Float64Array(m);
    const regularity = new Float64Array(m);
    for (let e = 0; e < m; e++) {
      // One event gives 0: ln(count) / ln(ref), i.e. logScale(count - 1, ref - 1).
      frequency[e] = logScale(dyads.count[e]! - 1, scales.frequencyReference - 1);
      recency[e] = logScale(dyads.intensity[e]!, scales.recencyReference);
      regularity[e] = dyads.observedDays > 0 ? dyads.activeDays[e]! / dyads.observedDays : 0;
    }
    out.set("frequency", frequency);
    out.set("recency", recency);
    if (dyads.directional) out.set("reciprocity", dyads.reciprocity.slice());
    out.set("regularity", regularity);
    const k = dyads.channelNames.length;
    if (k > 1) {
      const multiplexity = new Float64Array(m);
      for (let e = 0; e < m; e++) multiplexity[e] = (dyads.channels[e]! - 1) / (k - 1);
      out.set("multiplexity", multiplexity);
    }
  } else if (weights) {
    let ref = scales.weightReference;
    if (ref === "max") {
      ref = 0;
      for (let e = 0; e < m; e++) if (weights[e]! > ref) ref = weights[e]!;
    }
    const w = new Float64Array(m);
    if (ref > 0) for (let e = 0; e < m; e++) w[e] = logScale(weights[e]!, ref);
    out.set("weight", w);
  }
  out.set("overlap", overlap ? neighborhoodOverlap(g) : null);
  return out;
}
