// Public surface of src/interactions: re-exports only.
export {
  aggregateInteractions,
  AGGREGATE_INTERACTIONS_DEFAULTS,
  type AggregateInteractionsOptions,
} from "./aggregate.js";
export { interactionFeaturesOf } from "./registry.js";
export type {
  InteractionEvent,
  InteractionFeatures,
  InteractionAggregate,
  InteractionReport,
  DyadRow,
  TimeInput,
} from "./types.js";
