// Public surface of src/communities: re-exports only.
export { Partition, type PartitionRow, type PartitionInfo } from "./partition.js";
export { modularity, MODULARITY_DEFAULTS, type ModularityOptions } from "./modularity.js";
export { comparePartitions, type ComparableMembership, type PartitionComparison } from "./compare.js";
export {
  detectCommunities,
  DETECT_COMMUNITIES_DEFAULTS,
  type DetectCommunitiesOptions,
  type CommunityAlgorithm,
  type CommunityObjective,
} from "./detect.js";
