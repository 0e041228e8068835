/**
 * Introductions worth asking for: people in communities the ego does not reach through strong
 * ties, each with the best person to introduce them, preferring power connectors.
 *
 * M. Granovetter, "The strength of weak ties", Am. J. Sociol. 78(6):1360–1380 (1973),
 * doi:10.1086/225469; R. S. Burt, "Structural holes and good ideas", Am. J. Sociol.
 * 110(2):349–399 (2004), doi:10.1086/421787.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import type { NodeKey } from "../graph/from-edges.js";
import { nodeIndexOf } from "../graph/lookup.js";
import { resolveMembership, type CommunityLabel, type MembershipInput } from "../graph/membership.js";
import type { TieStrengthLike } from "../ties/types.js";
import { classifyConnectors, type ConnectorKind, type ConnectorsResult } from "../roles/connectors.js";
import { resolveTies } from "../ties/resolve-ties.js";
import { strongTieView } from "../roles/symmetrise.js";
import { TiescopeError } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";
import { makePath, type IntroductionPath } from "./introduction-path.js";

/** Options of {@link suggestIntroductions}. */
export interface SuggestIntroductionsOptions {
  /** Tie strengths in [0, 1] and the weak/strong split (required). */
  ties?: TieStrengthLike;
  /** Communities (required): a `Partition`, a membership array, or a `Map` / object key -> label. */
  partition?: MembershipInput;
  /** The most suggestions returned. Default 10. */
  limit?: number;
  /** A {@link classifyConnectors} result for the same graph, ties and partition, to reuse. Default: computed. */
  connectors?: ConnectorsResult;
}

/** The defaults of {@link suggestIntroductions}. */
export const SUGGEST_INTRODUCTIONS_DEFAULTS: Readonly<SuggestIntroductionsOptions> = Object.freeze({
  ties: undefined,
  partition: undefined,
  limit: 10,
  connectors: undefined,
});

/** One suggested introduction. */
export interface IntroductionSuggestion {
  /** The person to be introduced to. */
  key: string;
  /** Their community label. */
  community: CommunityLabel;
  /** The best introducer: a contact of both. */
  introducer: string;
  /** The introducer's connector kind (from {@link classifyConnectors}). */
  introducerKind: ConnectorKind;
  /** min(s(ego, introducer), s(introducer, key)). */
  trust: number;
  /** True when both ties are strong. */
  warm: boolean;
  /** The chain ego → introducer → key with its hop strengths and overall trust. */
  path: IntroductionPath;
}

/**
 * Suggests introductions that open new worlds to `ego`. The communities ego reaches through
 * strong ties (plus its own) are "reached"; every friend-of-a-friend t in another community,
 * not already tied to ego, is a candidate. For each candidate the best introducer c (a contact of
 * both) is chosen by, in order: a warm introduction (both ties strong) first, then a power
 * connector (kind `"power"` or `"power-mega"`), then the higher trust min(s_ego,c, s_c,t), then the
 * higher chain trust s_ego,c · s_c,t, then the lower index. Candidates are ranked by the same key
 * (warm first, then trust) and the first `limit` returned. Ties of strength 0 are not used.
 *
 * A directed graph is read as its symmetrisation (stronger arc; strong if either arc is); the
 * hop edge ids in `path` then refer to that symmetrised graph.
 *
 * @returns suggestions best first, each with the introducer and the path ego → introducer → person.
 * @throws TiescopeError `UNKNOWN_NODE` (ego), `INVALID_OPTION` (missing ties / partition, bad
 *   limit), `UNKNOWN_OPTION`, `LENGTH_MISMATCH`, `INVALID_WEIGHT`, `INVALID_PARTITION`.
 * @example
 * ```ts
 * suggestIntroductions(g, "ann", { ties, partition, limit: 3 }).map((s) => `${s.key} via ${s.introducer}`);
 * // ["zoe via pat", ...]: pat is a power connector with strong ties to both
 * ```
 *
 * Complexity O(Σ_{c ∈ N(ego)} d_c + k log k) for k candidates, plus one {@link classifyConnectors}
 * unless `connectors` is given.
 *
 * Degenerate cases: an ego without contacts, or whose contacts' contacts are all in reached
 * communities, gets an empty list.
 *
 * References: Granovetter (1973) doi:10.1086/225469; Burt (2004) doi:10.1086/421787.
 */
export function suggestIntroductions(g: SocialGraph, ego: NodeKey, options?: SuggestIntroductionsOptions): IntroductionSuggestion[] {
  const fn = "suggestIntroductions";
  const o = resolveOptions(fn, options, SUGGEST_INTRODUCTIONS_DEFAULTS);
  const ties = resolveTies(fn, g, o.ties);
  if (o.partition === undefined) throw new TiescopeError("INVALID_OPTION", `${fn}: option partition is required`, { option: "partition" });
  const limit = checkNumber(fn, "limit", o.limit, { min: 0, integer: true });
  const e0 = nodeIndexOf(fn, g, ego);
  const { membership, count, labels } = resolveMembership(fn, g, o.partition);
  const connectors = o.connectors ?? classifyConnectors(g, { ties, partition: o.partition });
  if (!connectors || !(connectors.kindCode instanceof Uint8Array) || connectors.kindCode.length !== g.order) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: option connectors must be a classifyConnectors result for this graph`, { option: "connectors" });
  }
  const { graph: u, strength, strong } = strongTieView(g, ties);
  const { offsets, targets, edgeIds } = u;
  const n = u.order;

  const reached = new Uint8Array(count);
  reached[membership[e0]!] = 1;
  const contact = new Uint8Array(n);
  contact[e0] = 1;
  for (let h = offsets[e0]!; h < offsets[e0 + 1]!; h++) {
    const c = targets[h]!;
    contact[c] = 1;
    if (strong[edgeIds[h]!]) reached[membership[c]!] = 1;
  }
  // Best introducer per candidate, compared on (warm, power, trust, chain trust, -index).
  const best = new Int32Array(n).fill(-1);
  const bestWarm = new Uint8Array(n);
  const bestPower = new Uint8Array(n);
  const bestTrust = new Float64Array(n);
  const bestChain = new Float64Array(n);
  const candidates: number[] = [];
  for (let h = offsets[e0]!; h < offsets[e0 + 1]!; h++) {
    const c = targets[h]!;
    const ec = edgeIds[h]!;
    const sc = strength[ec]!;
    if (c === e0 || sc === 0) continue;
    const power = (connectors.kindCode[c]! & 2) !== 0 ? 1 : 0;
    for (let q = offsets[c]!; q < offsets[c + 1]!; q++) {
      const t = targets[q]!;
      const et = edgeIds[q]!;
      const st = strength[et]!;
      if (contact[t] || reached[membership[t]!] || st === 0) continue;
      const warm = strong[ec] && strong[et] ? 1 : 0;
      const trust = Math.min(sc, st);
      const chain = sc * st;
      const b = best[t]!;
      if (b < 0) candidates.push(t);
      else {
        const better =
          warm !== bestWarm[t] ? warm > bestWarm[t]! :
          power !== bestPower[t] ? power > bestPower[t]! :
          trust !== bestTrust[t] ? trust > bestTrust[t]! :
          chain !== bestChain[t] ? chain > bestChain[t]! : c < b;
        if (!better) continue;
      }
      best[t] = c;
      bestWarm[t] = warm;
      bestPower[t] = power;
      bestTrust[t] = trust;
      bestChain[t] = chain;
    }
  }
  candidates.sort(
    (x, y) => bestWarm[y]! - bestWarm[x]! || bestTrust[y]! - bestTrust[x]! || bestChain[y]! - bestChain[x]! || x - y,
  );
  return candidates.slice(0, limit).map((t) => {
    const c = best[t]!;
    return {
      key: u.key(t),
      community: labels[membership[t]!]!,
      introducer: u.key(c),
      introducerKind: connectors.kind(u.key(c)),
      trust: bestTrust[t]!,
      warm: bestWarm[t] === 1,
      path: makePath(u, strength, [e0, c, t]),
    };
  });
}
