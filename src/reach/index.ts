// Public surface of src/reach: re-exports only.
export type { ReachDirection } from "./adjacency.js";
export { kHopReach, K_HOP_REACH_DEFAULTS, type KHopReachOptions, type KHopReachResult, type ReachMethod } from "./k-hop-reach.js";
export {
  neighborhoodFunction,
  NEIGHBORHOOD_FUNCTION_DEFAULTS,
  type NeighborhoodFunctionOptions,
  type NeighborhoodFunctionResult,
} from "./neighborhood-function.js";
