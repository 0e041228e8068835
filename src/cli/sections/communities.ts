/**
 * The report's communities: `detectCommunities` (Leiden, seeded, tie strengths as weights), or
 * the ground truth when the input has one, then compared with the detected partition
 * (`comparePartitions`: NMI and ARI). Modularity is the library's `modularity` on the graph's own
 * weights, so the figure is the one NetworkX reports for the same partition.
 */
import { comparePartitions } from "../../communities/compare.js";
import { detectCommunities } from "../../communities/detect.js";
import { modularity } from "../../communities/modularity.js";
import type { SocialGraph } from "../../graph/social-graph.js";
import { membershipFromLabels, type Membership } from "../membership.js";
import type { CommunitySection } from "../model.js";
import type { LoadedInput } from "../readers/input.js";

/**
 * Leiden's edge weight is the tie strength, floored at this: a tie whose strength is 0 (on a
 * graph without weights or a log, a tie whose ends share no contact) still links its ends, so a
 * person whose ties all score 0 joins a neighbour's community instead of becoming a singleton.
 */
export const MIN_COMMUNITY_WEIGHT = 0.01;

export interface CommunitiesOptions {
  /** Per-edge tie strengths: the weights Leiden maximises modularity with. */
  strength: Float64Array;
  seed: number;
  signal?: AbortSignal | undefined;
}

/** The communities section and the membership the other stages use. */
export function communitiesSection(g: SocialGraph, truth: LoadedInput["groundTruth"], options: CommunitiesOptions): { section: CommunitySection; parts: Membership } {
  const weights = Float64Array.from(options.strength, (s) => Math.max(s, MIN_COMMUNITY_WEIGHT));
  const detected = detectCommunities(g, { weights, seed: options.seed, signal: options.signal });
  const detectedParts: Membership = {
    membership: detected.membership,
    labels: Array.from({ length: detected.count }, (_, c) => `community ${c + 1}`),
    sizes: Array.from(detected.sizes),
  };
  const parts = truth ? membershipFromLabels(truth.labels) : detectedParts;
  const leiden = `detectCommunities: Leiden (seed ${options.seed}) maximising modularity with tie strengths (at least ${MIN_COMMUNITY_WEIGHT}) as weights`;
  let comparison: CommunitySection["comparison"] = null;
  let method = `${leiden}; ${detected.count} communities`;
  if (truth) {
    const c = comparePartitions(parts.membership, detected.membership);
    comparison = { detectedCount: detected.count, detectedModularity: modularity(g, detected), nmi: c.nmi, ari: c.ari };
    method = `ground truth: ${truth.source}; ${leiden} found ${detected.count} communities (NMI ${c.nmi.toFixed(3)}, ARI ${c.ari.toFixed(3)} against the ground truth)`;
  }
  const section: CommunitySection = {
    method,
    provenance: "library",
    source: truth ? "ground-truth" : "detected",
    count: parts.sizes.length,
    modularity: modularity(g, parts.membership),
    sizes: parts.sizes.map((size, c) => ({ community: c, label: parts.labels[c]!, size })),
    membership: parts.membership,
    labels: parts.labels,
    detectedMembership: detected.membership,
    comparison,
  };
  return { section, parts };
}
