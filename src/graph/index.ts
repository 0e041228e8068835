export { SocialGraph, type BuildReport } from "./social-graph.js";
export type { SelfLoopPolicy, ParallelEdgePolicy } from "./csr.js";
export { FROM_EDGES_DEFAULTS, type FromEdgesOptions, type EdgeRow, type NodeKey } from "./from-edges.js";
export { FROM_ARRAYS_DEFAULTS, type FromArraysOptions } from "./from-arrays.js";
export { FROM_GRAPHOLOGY_DEFAULTS, type FromGraphologyOptions, type WeightAccessor } from "./from-graphology.js";
export { resolveEdgeWeights, type WeightsInput } from "./weights.js";
export { resolveMembership, type MembershipInput, type ResolvedMembership, type CommunityLabel } from "./membership.js";
export { toUndirected, TO_UNDIRECTED_DEFAULTS, type ToUndirectedOptions } from "./to-undirected.js";
