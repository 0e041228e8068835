// Public surface of src/reach: re-exports only.
export type { ReachDirection } from "./adjacency.js";
export { kHopReach, K_HOP_REACH_DEFAULTS, type KHopReachOptions, type KHopReachResult, type ReachMethod } from "./k-hop-reach.js";
export {
  neighborhoodFunction,
  NEIGHBORHOOD_FUNCTION_DEFAULTS,
  type NeighborhoodFunctionOptions,
  type NeighborhoodFunctionResult,
} from "./neighborhood-function.js";
export { strengthFromWeights, WEIGHT_STRENGTH_THRESHOLD, type TiesInput } from "./strength-from-weights.js";
export {
  scoreEngagementReach,
  ENGAGEMENT_REACH_DEFAULTS,
  type EngagementReachOptions,
  type EngagementReachResult,
  type EngagementReachRow,
  type EngagementQuadrant,
} from "./engagement-reach.js";
export {
  influencePassivity,
  INFLUENCE_PASSIVITY_DEFAULTS,
  type InfluencePassivityOptions,
  type InfluencePassivityResult,
} from "./influence-passivity.js";
export {
  simulateActivation,
  SIMULATE_ACTIVATION_DEFAULTS,
  type SimulateActivationOptions,
  type ActivationResult,
  type ActivationModel,
  type SpreadOptions,
} from "./simulate-activation.js";
export {
  influenceMaximization,
  INFLUENCE_MAXIMIZATION_DEFAULTS,
  type InfluenceMaximizationOptions,
  type InfluenceMaximizationResult,
} from "./influence-maximization.js";
