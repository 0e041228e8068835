// Public surface of src/bridges: re-exports only.
export { findBridges, type BridgesResult, type BridgeRow } from "./find-bridges.js";
export { articulationPoints, type ArticulationPointsResult } from "./articulation-points.js";
export { localBridges, LOCAL_BRIDGES_DEFAULTS, type LocalBridgesOptions, type LocalBridge, type LocalBridgesResult } from "./local-bridges.js";
export { betweenness, edgeBetweenness, BETWEENNESS_DEFAULTS, type BetweennessOptions, type BetweennessResult, type EdgeBetweennessResult } from "./betweenness.js";
export { approximateBetweenness, APPROXIMATE_BETWEENNESS_DEFAULTS, type ApproximateBetweennessOptions, type ApproximateBetweennessResult } from "./approximate-betweenness.js";
export { structuralHoles, STRUCTURAL_HOLES_DEFAULTS, type StructuralHolesOptions, type StructuralHolesResult, type StructuralHolesRow } from "./structural-holes.js";
export { brokerageRoles, type BrokerageResult, type BrokerageRow } from "./brokerage.js";
export { weakTieBridges, WEAK_TIE_BRIDGES_DEFAULTS, type WeakTieBridgesOptions, type WeakTieBridge, type WeakTieBridgesResult } from "./weak-tie-bridges.js";
export { weakTieOpportunities, WEAK_TIE_OPPORTUNITIES_DEFAULTS, type WeakTieOpportunitiesOptions, type WeakTieOpportunity, type WeakTieOpportunitiesResult } from "./weak-tie-opportunities.js";
