/** Links a graph built by aggregateInteractions to its dyad features (SocialGraph is frozen). */
import type { SocialGraph } from "../graph/social-graph.js";
import type { InteractionFeatures } from "./types.js";

const registry = new WeakMap<SocialGraph, InteractionFeatures>();

/** Records the features of a graph built from an interaction log. @internal */
export function registerInteractionFeatures(g: SocialGraph, features: InteractionFeatures): void {
  registry.set(g, features);
}

/**
 * The interaction features of a graph returned by {@link aggregateInteractions}, or `undefined`
 * for any other graph. This is how `estimateTieStrength(graph)` uses the log with no further
 * argument. The link is held in a `WeakMap`, so it never keeps a graph alive. O(1).
 *
 * @example
 * ```ts
 * const { graph } = aggregateInteractions(events);
 * interactionFeaturesOf(graph)?.count; // Float64Array of event counts per edge
 * ```
 */
export function interactionFeaturesOf(g: SocialGraph): InteractionFeatures | undefined {
  return registry.get(g);
}
