// Public surface of src/ties: re-exports only.
export type { TieStrengthLike } from "./types.js";
export { edgeEmbeddedness } from "./embeddedness.js";
export { neighborhoodOverlap } from "./overlap.js";
export { jaccard } from "./jaccard.js";
export { adamicAdar } from "./adamic-adar.js";
export {
  dispersion,
  DISPERSION_DEFAULTS,
  DISPERSION_NETWORKX,
  type DispersionOptions,
  type DispersionResult,
} from "./dispersion.js";
export {
  estimateTieStrength,
  ESTIMATE_TIE_STRENGTH_DEFAULTS,
  DEFAULT_FEATURE_WEIGHTS,
  type EstimateTieStrengthOptions,
  type TieStrength,
  type TieRow,
} from "./estimate.js";
export { TIE_FEATURES, type TieFeature } from "./tie-features.js";
export type { TieModel } from "./model.js";
export { rocAuc } from "./auc.js";
export {
  dunbarLayers,
  DUNBAR_LAYERS_DEFAULTS,
  type DunbarLayersOptions,
  type DunbarLayers,
  type DunbarRow,
} from "./dunbar.js";
export {
  edgePercolation,
  EDGE_PERCOLATION_DEFAULTS,
  type EdgePercolationOptions,
  type EdgePercolation,
  type PercolationOrder,
  type PercolationRow,
} from "./percolation.js";
export {
  calibrateTieModel,
  CALIBRATE_TIE_MODEL_DEFAULTS,
  type CalibrateTieModelOptions,
  type LabelledPair,
} from "./calibrate.js";
