/**
 * For one person, the weak ties worth nurturing: those that lead into communities where the
 * person has no strong tie (the relationship-intelligence view of weak ties).
 *
 * Granovetter, M. S. (1973). The strength of weak ties. doi:10.1086/225469
 * Burt, R. S. (2004). Structural holes and good ideas. doi:10.1086/421787
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveMembership, type CommunityLabel, type MembershipInput } from "../graph/membership.js";
import type { TieStrengthLike } from "../ties/types.js";
import { TiescopeError } from "../util/errors.js";
import { resolveOptions } from "../util/options.js";
import { resolveTies } from "../ties/resolve-ties.js";
import { nodeIndexOf, requireUndirected } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** Options of {@link weakTieOpportunities}. */
export interface WeakTieOpportunitiesOptions {
  /** Tie strengths and weak flags. Default `null`: every tie counts as weak and none as strong. */
  ties?: TieStrengthLike | null;
  /** Communities (required): a partition, membership array, or key → label map. */
  partition?: MembershipInput | null;
}

/** The defaults of {@link weakTieOpportunities} (`partition` must be given). */
export const WEAK_TIE_OPPORTUNITIES_DEFAULTS: Readonly<WeakTieOpportunitiesOptions> = Object.freeze({ ties: null, partition: null });

/** One weak tie of the ego into a community the ego has no strong tie with. */
export interface WeakTieOpportunity {
  /** The contact at the other end of the weak tie. */
  neighbor: string;
  edge: number;
  /** The contact's community. */
  community: CommunityLabel;
  /** Number of people in that community. */
  communitySize: number;
  /** Other members of the ego's community with at least one tie into that community. */
  othersReaching: number;
  /** The contact's ties inside its own community (how well it can introduce the ego there). */
  contactTiesInside: number;
  /** Tie strength; `null` without `ties`. */
  strength: number | null;
  /** communitySize / (1 + othersReaching). */
  score: number;
}

/** The result of {@link weakTieOpportunities}. */
export interface WeakTieOpportunitiesResult {
  readonly ego: string;
  /** The ego's community. */
  readonly community: CommunityLabel;
  /** Communities in which the ego has a strong tie (besides its own). */
  readonly stronglyTied: CommunityLabel[];
  /** Number of opportunities. */
  readonly count: number;
  /** The opportunities, best first. */
  rows(): WeakTieOpportunity[];
}

/**
 * Lists the ego's weak ties that lead into a community C other than the ego's own, in which
 * the ego has no strong tie, ranked by what they open up:
 *
 *   score = |C| / (1 + r_C)
 *
 * where |C| is the size of the community reached and r_C the number of other members of the
 * ego's community with a tie into C (the fewer, the more unique the ego's access). Ties into
 * the same community are ordered by the contact's ties inside C (a well-connected contact can
 * introduce the ego to more people), then by strength (stronger weak ties are easier to
 * nurture), then by index.
 *
 * @param g - an undirected graph.
 * @param ego - the person's key.
 * @param options - `partition` (required), `ties` (default `null`: every tie is weak, none strong).
 * @returns {@link WeakTieOpportunitiesResult}.
 * @throws TiescopeError `INVALID_OPTION` (no partition), `UNKNOWN_NODE`, `UNSUPPORTED_GRAPH`
 *   (directed), `LENGTH_MISMATCH`, `INVALID_WEIGHT`, `INVALID_PARTITION`, `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * // ego e in {e, f}; weak tie e-x into the 3-person community {x, y, z}
 * const g = SocialGraph.fromEdges([["e", "f"], ["e", "x"], ["x", "y"], ["y", "z"]]);
 * weakTieOpportunities(g, "e", { partition: { e: 0, f: 0, x: 1, y: 1, z: 1 } }).rows()[0];
 * // { neighbor: "x", edge: 1, community: 1, communitySize: 3, othersReaching: 0, contactTiesInside: 1, strength: null, score: 3 }
 * ```
 * Complexity: O(n + m) (one pass over the edges counts which communities each member of the
 * ego's community reaches). Degenerate cases: an isolated ego, or one whose ties all stay in
 * its community, has no opportunity.
 */
export function weakTieOpportunities(g: SocialGraph, ego: NodeKey, options?: WeakTieOpportunitiesOptions): WeakTieOpportunitiesResult {
  const fn = "weakTieOpportunities";
  const o = resolveOptions(fn, options, WEAK_TIE_OPPORTUNITIES_DEFAULTS);
  requireUndirected(fn, g, "symmetrise it with toUndirected");
  const i = nodeIndexOf(fn, g, ego);
  if (o.partition === null || o.partition === undefined) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: a partition is required (communities tell which worlds a weak tie opens)`, { option: "partition" });
  }
  const ties = o.ties === null || o.ties === undefined ? null : resolveTies(fn, g, o.ties);
  const { membership, count: k, labels } = resolveMembership(fn, g, o.partition);
  const { order: n, offsets, targets, edgeIds } = g;
  const own = membership[i]!;
  const size = new Int32Array(k);
  for (let v = 0; v < n; v++) size[membership[v]!]!++;
  // r_C: members of the ego's community (ego excluded) with a tie into C, counted once each.
  const reaching = new Int32Array(k);
  const seenBy = new Int32Array(k).fill(-1);
  for (let v = 0; v < n; v++) {
    if (v === i || membership[v] !== own) continue;
    for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
      const c = membership[targets[h]!]!;
      if (c !== own && seenBy[c] !== v) {
        seenBy[c] = v;
        reaching[c]!++;
      }
    }
  }
  const strong = new Uint8Array(k);
  for (let h = offsets[i]!; h < offsets[i + 1]!; h++) if (ties && ties.weak[edgeIds[h]!] === 0) strong[membership[targets[h]!]!] = 1;
  const rows: WeakTieOpportunity[] = [];
  for (let h = offsets[i]!; h < offsets[i + 1]!; h++) {
    const v = targets[h]!;
    const e = edgeIds[h]!;
    const c = membership[v]!;
    if (c === own || strong[c] === 1) continue;
    let inside = 0;
    for (let q = offsets[v]!; q < offsets[v + 1]!; q++) if (membership[targets[q]!] === c) inside++;
    rows.push({
      neighbor: g.key(v),
      edge: e,
      community: labels[c]!,
      communitySize: size[c]!,
      othersReaching: reaching[c]!,
      contactTiesInside: inside,
      strength: ties ? ties.strength[e]! : null,
      score: size[c]! / (1 + reaching[c]!),
    });
  }
  rows.sort(
    (a, b) =>
      b.score - a.score ||
      b.contactTiesInside - a.contactTiesInside ||
      (b.strength ?? 0) - (a.strength ?? 0) ||
      g.index(a.neighbor) - g.index(b.neighbor),
  );
  const stronglyTied: CommunityLabel[] = [];
  for (let c = 0; c < k; c++) if (strong[c] === 1 && c !== own) stronglyTied.push(labels[c]!);
  return { ego: g.key(i), community: labels[own]!, stronglyTied, count: rows.length, rows: () => rows.map((r) => ({ ...r })) };
}
