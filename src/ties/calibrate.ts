/** calibrateTieModel: a logistic model of tie strength fitted on labelled ties, with k-fold cross-validated AUC. */
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import { Random } from "../util/random.js";
import { rocAuc } from "./auc.js";
import { estimateTieFeatures, type EstimateTieStrengthOptions } from "./estimate.js";
import { predictLogistic, type TieModel } from "./model.js";
import { TIE_FEATURES, type TieFeature } from "./tie-features.js";

/** A labelled tie: `[u, v, label]` or `{ source, target, label }`; a truthy label means "strong" (e.g. a reported friend). */
export type LabelledPair =
  | readonly [string | number, string | number, boolean | number]
  | { readonly source: string | number; readonly target: string | number; readonly label: boolean | number };

/** Options of {@link calibrateTieModel}. */
export interface CalibrateTieModelOptions {
  /** Features to use. Default: every feature the graph has (see {@link estimateTieStrength}). */
  features?: readonly TieFeature[] | null;
  /** Cross-validation folds (>= 2), stratified by label. Default 5. */
  folds?: number;
  /** Seed of the fold assignment. Default 0. */
  seed?: number;
  /** Ridge penalty on the coefficients (not the intercept). Default 1e-4. */
  l2?: number;
  /** Feature transform options passed to estimateTieStrength (references, weights). Default none. */
  featureOptions?: Pick<EstimateTieStrengthOptions, "frequencyReference" | "recencyReference" | "weightReference" | "weights"> | null;
}

/** The defaults of {@link calibrateTieModel}. */
export const CALIBRATE_TIE_MODEL_DEFAULTS: Readonly<CalibrateTieModelOptions> = Object.freeze({
  features: null,
  folds: 5,
  seed: 0,
  l2: 1e-4,
  featureOptions: null,
});

/**
 * Fits a logistic regression `P(strong | x) = 1 / (1 + exp(-(b0 + sum_f b_f x_f)))` of the
 * labelled ties on the normalised features of {@link estimateTieStrength} (Newton–Raphson /
 * IRLS with a small ridge penalty), reports its stratified k-fold cross-validated ROC AUC, and
 * returns a {@link TieModel} that `estimateTieStrength(g, { model })` turns into strengths (the
 * predicted probability, so the scale is that of the labels). Gilbert & Karahalios (2009) fitted
 * tie strength to survey answers the same way.
 *
 * Labelled pairs must be edges of `g` (features exist only for ties); pairs that are not edges
 * are skipped (`skipped` in the thrown message if nothing is left). Repeated pairs count once per
 * occurrence.
 *
 * Options ({@link CALIBRATE_TIE_MODEL_DEFAULTS}): `features` all available, `folds` 5, `seed`
 * 0, `l2` 1e-4, `featureOptions` none.
 * @returns The fitted model on all labelled ties, with `cvAuc` (mean over folds) and `foldAuc`.
 * @throws TiescopeError `INVALID_ROW` (a malformed pair, naming its position), `UNKNOWN_NODE`,
 *   `INVALID_OPTION` (too few positives or negatives for the folds, unknown or unavailable
 *   feature, bad folds/l2), `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const model = calibrateTieModel(graph, [["a", "b", 1], ["a", "c", 0], ...]);
 * model.cvAuc;                                   // e.g. 0.85
 * const ties = estimateTieStrength(graph, { model });
 * ```
 * Complexity: O(folds · iterations · L · p^2) for L labelled ties and p features, plus the
 * feature computation (see {@link estimateTieStrength}).
 *
 * References: E. Gilbert, K. Karahalios, "Predicting tie strength with social media", CHI 2009,
 * doi:10.1145/1518701.1518736; T. Hastie, R. Tibshirani, J. Friedman, The Elements of
 * Statistical Learning, 2nd ed., §4.4, Springer 2009, doi:10.1007/978-0-387-84858-7.
 */
export function calibrateTieModel(g: SocialGraph, labelledPairs: Iterable<LabelledPair>, options?: CalibrateTieModelOptions): TieModel {
  const fn = "calibrateTieModel";
  const o = resolveOptions(fn, options, CALIBRATE_TIE_MODEL_DEFAULTS);
  const folds = checkNumber(fn, "folds", o.folds, { min: 2, max: 100, integer: true });
  const seed = checkNumber(fn, "seed", o.seed);
  const l2 = checkNumber(fn, "l2", o.l2, { min: 0 });
  const all = estimateTieFeatures(g, { ...(o.featureOptions ?? {}) }, o.features ?? null);
  const names = o.features ? o.features.slice() : TIE_FEATURES.filter((f) => all[f] !== undefined);
  const cols = names.map((f) => {
    const x = all[f];
    if (!x) throw new TiescopeError("INVALID_OPTION", `${fn}: feature ${show(f)} is not available on this graph`, { feature: f });
    return x;
  });
  const X: number[][] = [];
  const y: number[] = [];
  let row = 0;
  for (const pair of labelledPairs) {
    row++;
    const [a, b, label] = Array.isArray(pair)
      ? (pair as readonly [string | number, string | number, boolean | number])
      : [(pair as { source: string | number }).source, (pair as { target: string | number }).target, (pair as { label: boolean | number }).label];
    if (a === undefined || b === undefined || (typeof label !== "boolean" && typeof label !== "number")) {
      throw new TiescopeError("INVALID_ROW", `${fn}: labelled pair ${row} is not [u, v, label]: ${show(pair)}`, { row });
    }
    const e = g.edgeId(g.index(a), g.index(b));
    if (e < 0) continue;
    X.push(cols.map((c) => c[e]!));
    y.push(label ? 1 : 0);
  }
  const pos = y.reduce((s, v) => s + v, 0);
  const neg = y.length - pos;
  if (pos < folds || neg < folds) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: need at least ${folds} positive and ${folds} negative labelled edges, got ${pos} and ${neg} (of ${row} pairs)`);
  }
  // Stratified folds: shuffle each class with the seed, deal round-robin.
  const rng = new Random(seed);
  const fold = new Int32Array(y.length);
  for (const cls of [0, 1]) {
    const idx = y.map((v, i) => (v === cls ? i : -1)).filter((i) => i >= 0);
    rng.shuffle(idx).forEach((i, k) => (fold[i] = k % folds));
  }
  const foldAuc: number[] = [];
  for (let k = 0; k < folds; k++) {
    const train = y.map((_, i) => i).filter((i) => fold[i] !== k);
    const test = y.map((_, i) => i).filter((i) => fold[i] === k);
    const beta = fitLogistic(train.map((i) => X[i]!), train.map((i) => y[i]!), l2);
    const model = makeModel(names, beta, NaN, [], 0, 0);
    foldAuc.push(rocAuc(test.map((i) => predictLogistic(model, X[i]!)), test.map((i) => y[i]!)));
  }
  const beta = fitLogistic(X, y, l2);
  return makeModel(names, beta, foldAuc.reduce((s, v) => s + v, 0) / folds, foldAuc, pos, neg);
}

function makeModel(names: TieFeature[], beta: Float64Array, cvAuc: number, foldAuc: number[], positives: number, negatives: number): TieModel {
  return Object.freeze({
    kind: "logistic",
    features: Object.freeze(names.slice()),
    coefficients: Object.freeze(Array.from(beta.subarray(1))),
    intercept: beta[0]!,
    cvAuc,
    foldAuc: Object.freeze(foldAuc.slice()),
    positives,
    negatives,
  });
}

/** Ridge-penalised logistic regression by Newton–Raphson; returns [intercept, coefficients...]. */
function fitLogistic(X: number[][], y: number[], l2: number): Float64Array {
  const p = (X[0]?.length ?? 0) + 1;
  const beta = new Float64Array(p);
  const H = new Float64Array(p * p);
  const grad = new Float64Array(p);
  const xi = new Float64Array(p);
  for (let iter = 0; iter < 100; iter++) {
    H.fill(0);
    grad.fill(0);
    for (let i = 0; i < X.length; i++) {
      xi[0] = 1;
      for (let j = 1; j < p; j++) xi[j] = X[i]![j - 1]!;
      let z = 0;
      for (let j = 0; j < p; j++) z += beta[j]! * xi[j]!;
      const mu = 1 / (1 + Math.exp(-z));
      const w = Math.max(mu * (1 - mu), 1e-12);
      for (let a = 0; a < p; a++) {
        grad[a] = grad[a]! + (y[i]! - mu) * xi[a]!;
        for (let b = 0; b < p; b++) H[a * p + b] = H[a * p + b]! + w * xi[a]! * xi[b]!;
      }
    }
    for (let a = 1; a < p; a++) {
      grad[a] = grad[a]! - l2 * X.length * beta[a]!;
      H[a * p + a] = H[a * p + a]! + l2 * X.length + 1e-12;
    }
    const step = solve(H, grad, p);
    let change = 0;
    for (let j = 0; j < p; j++) {
      beta[j] = beta[j]! + step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-10) break;
  }
  return beta;
}

/** Solves A x = b (A p×p, row-major) by Gaussian elimination with partial pivoting. */
function solve(A: Float64Array, b: Float64Array, p: number): Float64Array {
  const M = Float64Array.from(A);
  const x = Float64Array.from(b);
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(M[r * p + c]!) > Math.abs(M[piv * p + c]!)) piv = r;
    if (piv !== c) {
      for (let k = 0; k < p; k++) [M[c * p + k], M[piv * p + k]] = [M[piv * p + k]!, M[c * p + k]!];
      [x[c], x[piv]] = [x[piv]!, x[c]!];
    }
    const d = M[c * p + c]!;
    if (Math.abs(d) < 1e-300) continue;
    for (let r = c + 1; r < p; r++) {
      const f = M[r * p + c]! / d;
      if (f === 0) continue;
      for (let k = c; k < p; k++) M[r * p + k] = M[r * p + k]! - f * M[c * p + k]!;
      x[r] = x[r]! - f * x[c]!;
    }
  }
  for (let c = p - 1; c >= 0; c--) {
    let s = x[c]!;
    for (let k = c + 1; k < p; k++) s -= M[c * p + k]! * x[k]!;
    const d = M[c * p + c]!;
    x[c] = Math.abs(d) < 1e-300 ? 0 : s / d;
  }
  return x;
}
