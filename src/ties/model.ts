/** The fitted tie model that calibrateTieModel returns and estimateTieStrength accepts. */
import type { TieFeature } from "./tie-features.js";

/**
 * A logistic model over the normalised features:
 * `strength = 1 / (1 + exp(-(intercept + sum_f coefficients[f] · x_f)))`, the probability that a
 * tie is of the labelled kind (e.g. a reported friendship). Plain data: it can be saved as JSON
 * and reused on other graphs that have the same features.
 */
export interface TieModel {
  readonly kind: "logistic";
  /** The features, in the order of `coefficients`. */
  readonly features: readonly TieFeature[];
  readonly coefficients: readonly number[];
  readonly intercept: number;
  /** Mean ROC AUC over the cross-validation folds (NaN when not cross-validated). */
  readonly cvAuc: number;
  /** AUC of each fold. */
  readonly foldAuc: readonly number[];
  /** Labelled pairs the final model was fitted on (positives, negatives). */
  readonly positives: number;
  readonly negatives: number;
}

/** The model's probability for one row of feature values (same order as `model.features`). @internal */
export function predictLogistic(model: TieModel, x: ArrayLike<number>): number {
  let z = model.intercept;
  for (let f = 0; f < model.coefficients.length; f++) z += model.coefficients[f]! * x[f]!;
  return 1 / (1 + Math.exp(-z));
}
