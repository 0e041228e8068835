/**
 * estimateTieStrength: per-edge tie strength in [0, 1] from whatever the graph carries
 * (interaction features, edge weights, structure), with a weak/strong split.
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveEdgeWeights, type WeightsInput } from "../graph/weights.js";
import { interactionFeaturesOf } from "../interactions/registry.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import { predictLogistic, type TieModel } from "./model.js";
import { computeFeatures, TIE_FEATURES, type FeatureScales, type TieFeature } from "./tie-features.js";
import { quantileOf } from "../util/quantile.js";
import { otsuThreshold } from "./threshold.js";
import type { TieStrengthLike } from "./types.js";

/** Options of {@link estimateTieStrength}. */
export interface EstimateTieStrengthOptions {
  /**
   * Per-edge weights used as the `weight` feature, instead of a log's features when the graph has
   * them. Default: the graph's own weights when it is weighted and carries no log.
   */
  weights?: WeightsInput | null;
  /** Replace default feature weights (0 disables a feature). Features the graph lacks are skipped. */
  featureWeights?: Partial<Record<TieFeature, number>> | null;
  /** A model from {@link calibrateTieModel}: strength becomes its predicted probability. */
  model?: TieModel | null;
  /** Fixed weak/strong threshold in [0, 1] (a tie is weak when strength < threshold). */
  threshold?: number | null;
  /** Threshold at this quantile of the strengths, in [0, 1] (about that fraction is weak). */
  quantile?: number | null;
  /** Events at which `frequency` reaches 1 (log scale from 1 event = 0). Default 100. */
  frequencyReference?: number;
  /** Recency-weighted intensity at which `recency` reaches 1. Default 20. */
  recencyReference?: number;
  /** Weight at which the `weight` feature reaches 1: a number or `"max"` (default, the graph's largest). */
  weightReference?: number | "max";
}

/** Default feature weights of the unsupervised model (see {@link estimateTieStrength}). */
export const DEFAULT_FEATURE_WEIGHTS: Readonly<Record<TieFeature, number>> = Object.freeze({
  frequency: 3,
  recency: 2,
  reciprocity: 2,
  regularity: 2,
  multiplexity: 1,
  weight: 3,
  overlap: 1.5,
});

/** The defaults of {@link estimateTieStrength}. */
export const ESTIMATE_TIE_STRENGTH_DEFAULTS: Readonly<EstimateTieStrengthOptions> = Object.freeze({
  weights: null,
  featureWeights: null,
  model: null,
  threshold: null,
  quantile: null,
  frequencyReference: 100,
  recencyReference: 20,
  weightReference: "max",
});

/** One edge of a {@link TieStrength} as a plain object. */
export interface TieRow {
  source: string;
  target: string;
  strength: number;
  weak: boolean;
  [feature: string]: string | number | boolean;
}

/** The result of {@link estimateTieStrength}. Satisfies {@link TieStrengthLike}. */
export interface TieStrength extends TieStrengthLike {
  readonly graph: SocialGraph;
  /** Where the strength came from: a log, edge weights, structure only, or a calibrated model. */
  readonly source: "interactions" | "weights" | "structure" | "model";
  /** Each feature used, normalised to [0, 1], per edge id. */
  readonly features: Readonly<Partial<Record<TieFeature, Float64Array>>>;
  /** The weight each used feature had in the combination (the model's coefficients for a model). */
  readonly featureWeights: Readonly<Partial<Record<TieFeature, number>>>;
  /** How the threshold was chosen. */
  readonly thresholdMethod: "otsu" | "fixed" | "quantile";
  /** Strength of the tie between `u` and `v` (keys). @throws `UNKNOWN_NODE`, `UNKNOWN_EDGE`. */
  get(u: string | number, v: string | number): number;
  /** One plain object per edge (edge-id order): endpoints, strength, weak and every feature. */
  rows(): TieRow[];
  /** Writes `strength` (or `attribute`) and a boolean `weak` attribute onto a graphology graph's matching edges. */
  assign(graph: AbstractGraph, attribute?: string, weakAttribute?: string): void;
}

/**
 * Estimates the strength of every tie, in [0, 1] (higher = stronger), from what the graph has:
 *
 * - **a log** (a graph from {@link aggregateInteractions}, found automatically): `frequency`
 *   `= min(1, ln(count) / ln(frequencyReference))` (1 event → 0, 100 → 1); `recency`
 *   `= min(1, ln(1 + intensity) / ln(1 + recencyReference))` with the log's recency-weighted
 *   intensity (an old event → 0); `reciprocity` `2 min(f, b) / (f + b)` (unless the log is
 *   `symmetric`); `regularity` = active days / observed days; `multiplexity`
 *   `= (channels - 1) / (all channels - 1)` when the log has several channels;
 * - **edge weights** (a weighted graph, or `weights`): `weight = min(1, ln(1 + w) / ln(1 + ref))`,
 *   `ref` = the largest weight unless `weightReference` is given (bare weights carry no unit);
 * - **structure**, always: Onnela's {@link neighborhoodOverlap}.
 *
 * Each transform is fixed, not a percentile rank, so strength keeps its meaning across graphs: a
 * single one-way interaction long ago scores near 0 and many recent reciprocal interactions on
 * most days near 1, whatever the rest of the population looks like. The strength is the weighted
 * mean `sum_f w_f x_f / sum_f w_f` over the available features, with
 * {@link DEFAULT_FEATURE_WEIGHTS} (frequency 3, recency 2, reciprocity 2, regularity 2,
 * multiplexity 1, weight 3, overlap 1.5): the time/intensity and reciprocity dimensions of
 * Granovetter (1973), frequency and duration as Marsden & Campbell's (1984) best indicators,
 * recency and multiplexity as in Gilbert & Karahalios (2009), and overlap as the structural
 * signature of strong ties (Onnela et al. 2007); the weights were checked on the SocioPatterns
 * friendship validation (docs/validation-ties.md). `featureWeights` replaces them; a `model` from
 * {@link calibrateTieModel} replaces the mean by its fitted logistic probability.
 *
 * Weak/strong split: `weak[e] = strength < threshold`. Default: Otsu's threshold on the strengths
 * (the cut maximising between-class variance), clamped to [0.2, 0.8] so a population of uniformly
 * weak or strong ties is not split in two. `threshold` fixes it; `quantile` puts it at that
 * quantile of the strengths.
 *
 * @returns A {@link TieStrength}: `strength` and each feature as `Float64Array`s by edge id,
 *   `weak` (`Uint8Array`), `threshold`, `get`, `rows`, `assign`.
 * @throws TiescopeError `INVALID_OPTION` (threshold and quantile both given or out of [0, 1];
 *   bad references or feature weights; a model needing a feature this graph lacks),
 *   `UNKNOWN_OPTION`, `LENGTH_MISMATCH` / `INVALID_WEIGHT` for `weights`.
 * @example
 * ```ts
 * const { graph } = karateClub();
 * const ties = estimateTieStrength(graph);  // weights (meeting contexts) + overlap
 * ties.get("0", "1");                        // ≈ 0.662: 4 of at most 7 contexts, overlap 0.44
 * ties.weak.reduce((a, b) => a + b, 0);      // number of weak ties
 * ```
 * Complexity: O(m sqrt(m)) worst case for the overlap (triangle listing) plus O(m) for the rest
 * (O(m log m) with `quantile`).
 *
 * Degenerate cases: an empty graph gives empty arrays and threshold 0.5 (Otsu) or the given one.
 *
 * References: M. S. Granovetter, "The strength of weak ties", Am. J. Sociol. 78(6), 1973,
 * doi:10.1086/225469; P. V. Marsden, K. E. Campbell, "Measuring tie strength", Social Forces
 * 63(2), 1984, doi:10.2307/2579058; E. Gilbert, K. Karahalios, "Predicting tie strength with
 * social media", CHI 2009, doi:10.1145/1518701.1518736; J.-P. Onnela et al., PNAS 104(18), 2007,
 * doi:10.1073/pnas.0610245104; N. Otsu, IEEE Trans. SMC 9(1), 1979, doi:10.1109/TSMC.1979.4310076.
 */
export function estimateTieStrength(g: SocialGraph, options?: EstimateTieStrengthOptions): TieStrength {
  const s = selectFeatures(g, options, null);
  const m = g.size;
  const strength = new Float64Array(m);
  if (s.model) {
    const model = s.model;
    const cols = model.features.map((f) => s.features[f]!);
    const row = new Float64Array(cols.length);
    for (let e = 0; e < m; e++) {
      for (let c = 0; c < cols.length; c++) row[c] = cols[c]![e]!;
      strength[e] = predictLogistic(model, row);
    }
  } else {
    for (const f of TIE_FEATURES) {
      const w = s.used[f];
      if (w === undefined) continue;
      const x = s.features[f]!;
      for (let e = 0; e < m; e++) strength[e] = strength[e]! + w * x[e]!;
    }
    for (let e = 0; e < m; e++) strength[e] = Math.min(1, Math.max(0, strength[e]! / s.total));
  }
  const { fixed, q } = s;
  const threshold = fixed ?? (q !== null ? (strength.length === 0 ? 0.5 : quantileOf(strength, null, q)) : otsuThreshold(strength));
  const weak = new Uint8Array(m);
  for (let e = 0; e < m; e++) weak[e] = strength[e]! < threshold ? 1 : 0;
  return makeResult(g, strength, weak, threshold, fixed !== null ? "fixed" : q !== null ? "quantile" : "otsu", s.source, s.features, s.used);
}

/**
 * The normalised feature columns that `estimateTieStrength(g, options).features` holds, after
 * the same checks (same errors), but with the overlap computed only when `wanted` lists it
 * (`null`: every feature). @internal
 */
export function estimateTieFeatures(
  g: SocialGraph,
  options: EstimateTieStrengthOptions | undefined,
  wanted: readonly TieFeature[] | null,
): Partial<Record<TieFeature, Float64Array>> {
  return selectFeatures(g, options, wanted).features;
}

/** The checked options and the features a strength combines, each with its weight. */
interface FeatureSelection {
  fixed: number | null;
  q: number | null;
  model: TieModel | null;
  source: TieStrength["source"];
  /** Columns of the used features; the overlap is left out when `wanted` omits it. */
  features: Partial<Record<TieFeature, Float64Array>>;
  /** Weight (or model coefficient) of each used feature, in combination order. */
  used: Partial<Record<TieFeature, number>>;
  /** Sum of the weights of the unsupervised mean (0 with a model). */
  total: number;
}

/**
 * Checks the options and picks the features of {@link estimateTieStrength}: the model's, or those
 * available with a positive weight. The overlap, the one costly feature, is computed only when
 * it is picked and `wanted` (null: every feature) lists it.
 */
function selectFeatures(g: SocialGraph, options: EstimateTieStrengthOptions | undefined, wanted: readonly TieFeature[] | null): FeatureSelection {
  const fn = "estimateTieStrength";
  const o = resolveOptions(fn, options, ESTIMATE_TIE_STRENGTH_DEFAULTS);
  const frequencyReference = checkNumber(fn, "frequencyReference", o.frequencyReference, { min: 1.000001 });
  const recencyReference = checkNumber(fn, "recencyReference", o.recencyReference, { min: 1e-9 });
  const weightReference = o.weightReference === "max" ? "max" : checkNumber(fn, "weightReference", o.weightReference, { min: 1e-300 });
  const hasThreshold = o.threshold !== null && o.threshold !== undefined;
  const hasQuantile = o.quantile !== null && o.quantile !== undefined;
  if (hasThreshold && hasQuantile) throw new TiescopeError("INVALID_OPTION", `${fn}: give threshold or quantile, not both`);
  const fixed = hasThreshold ? checkNumber(fn, "threshold", o.threshold, { min: 0, max: 1 }) : null;
  const q = hasQuantile ? checkNumber(fn, "quantile", o.quantile, { min: 0, max: 1 }) : null;
  const dyads = interactionFeaturesOf(g);
  const explicit = o.weights !== null && o.weights !== undefined;
  const weights = explicit ? resolveEdgeWeights(fn, g, o.weights) : g.weighted ? g.edgeWeights : null;
  const log = explicit ? undefined : dyads;
  const scales: FeatureScales = { frequencyReference, recencyReference, weightReference };
  const overlapWanted = wanted === null || wanted.includes("overlap");
  const used: Partial<Record<TieFeature, number>> = {};
  const features: Partial<Record<TieFeature, Float64Array>> = {};
  if (o.model) {
    const model = o.model;
    const all = computeFeatures(g, log, weights, scales, overlapWanted && model.features.includes("overlap"));
    for (const f of model.features) {
      const x = all.get(f);
      if (x === undefined) throw new TiescopeError("INVALID_OPTION", `${fn}: the model needs feature ${show(f)}, which this graph does not have`, { feature: f });
      if (x) features[f] = x;
    }
    model.features.forEach((f, i) => (used[f] = model.coefficients[i]!));
    return { fixed, q, model, source: "model", features, used, total: 0 };
  }
  const fw = { ...DEFAULT_FEATURE_WEIGHTS };
  if (o.featureWeights) {
    for (const [k, v] of Object.entries(o.featureWeights)) {
      if (!(TIE_FEATURES as readonly string[]).includes(k)) throw new TiescopeError("INVALID_OPTION", `${fn}: unknown feature ${show(k)} in featureWeights`, { feature: k });
      fw[k as TieFeature] = checkNumber(fn, `featureWeights.${k}`, v, { min: 0 });
    }
  }
  const all = computeFeatures(g, log, weights, scales, overlapWanted && fw.overlap !== 0);
  const source = all.has("frequency") ? "interactions" : all.has("weight") ? "weights" : "structure";
  let total = 0;
  for (const f of TIE_FEATURES) {
    const x = all.get(f);
    if (x === undefined || fw[f] === 0) continue;
    used[f] = fw[f];
    if (x) features[f] = x;
    total += fw[f];
  }
  if (total === 0) throw new TiescopeError("INVALID_OPTION", `${fn}: featureWeights leave no available feature with a positive weight`);
  return { fixed, q, model: null, source, features, used, total };
}

function makeResult(
  g: SocialGraph,
  strength: Float64Array,
  weak: Uint8Array,
  threshold: number,
  thresholdMethod: TieStrength["thresholdMethod"],
  source: TieStrength["source"],
  features: Partial<Record<TieFeature, Float64Array>>,
  featureWeights: Partial<Record<TieFeature, number>>,
): TieStrength {
  const names = Object.keys(features) as TieFeature[];
  const edgeOf = (u: string | number, v: string | number): number => {
    const e = g.edgeId(g.index(u), g.index(v));
    if (e < 0) throw new TiescopeError("UNKNOWN_EDGE", `TieStrength.get: no edge between ${show(u)} and ${show(v)}`, { source: u, target: v });
    return e;
  };
  return Object.freeze({
    graph: g,
    strength,
    weak,
    threshold,
    thresholdMethod,
    source,
    features: Object.freeze(features),
    featureWeights: Object.freeze(featureWeights),
    get: (u: string | number, v: string | number): number => strength[edgeOf(u, v)]!,
    rows(): TieRow[] {
      const out: TieRow[] = [];
      for (let e = 0; e < g.size; e++) {
        const row: TieRow = { source: g.key(g.edgeSources[e]!), target: g.key(g.edgeTargets[e]!), strength: strength[e]!, weak: weak[e] === 1 };
        for (const f of names) row[f] = features[f]![e]!;
        out.push(row);
      }
      return out;
    },
    assign(graph: AbstractGraph, attribute = "strength", weakAttribute = "weak"): void {
      for (let e = 0; e < g.size; e++) {
        const s = g.key(g.edgeSources[e]!);
        const t = g.key(g.edgeTargets[e]!);
        const edge = !graph.hasNode(s) || !graph.hasNode(t) ? undefined : g.directed ? graph.directedEdge(s, t) : graph.edge(s, t);
        if (edge === undefined) throw new TiescopeError("UNKNOWN_EDGE", `TieStrength.assign: the graphology graph has no edge ${show(s)} - ${show(t)}`, { source: s, target: t });
        graph.setEdgeAttribute(edge, attribute, strength[e]!);
        graph.setEdgeAttribute(edge, weakAttribute, weak[e] === 1);
      }
    },
  });
}
