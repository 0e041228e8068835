/**
 * Interim weak-tie bridges until `weakTieBridges` lands: a weak tie that is a local bridge
 * (its ends share no contact; Granovetter 1973) or joins two communities. Score = local bridge
 * + crosses communities + (1 − strength); best first.
 */
import type { SocialGraph } from "../../graph/social-graph.js";
import { BRIDGE_REASONS, reasonsOf, type BridgeReason, type BridgeRow } from "../model.js";

const bit = (r: BridgeReason): number => 1 << BRIDGE_REASONS.indexOf(r);

export function interimBridges(
  g: SocialGraph,
  ties: { strength: Float64Array; weak: Uint8Array },
  embeddedness: Float64Array,
  membership: Int32Array,
  top: number,
): { reasons: Uint8Array; count: number; top: BridgeRow[] } {
  const m = g.size;
  const reasons = new Uint8Array(m);
  const score = new Float64Array(m);
  let count = 0;
  for (let e = 0; e < m; e++) {
    if (!ties.weak[e]) continue;
    const u = g.edgeSources[e]!;
    const v = g.edgeTargets[e]!;
    let mask = 0;
    if (embeddedness[e] === 0) mask |= bit("local-bridge");
    if (membership[u] !== membership[v]) mask |= bit("cross-community");
    if (mask === 0) continue;
    mask |= bit("weak");
    reasons[e] = mask;
    score[e] = (mask & bit("local-bridge") ? 1 : 0) + (mask & bit("cross-community") ? 1 : 0) + (1 - ties.strength[e]!);
    count++;
  }
  const ids: number[] = [];
  for (let e = 0; e < m; e++) if (reasons[e]) ids.push(e);
  ids.sort((a, b) => score[b]! - score[a]! || a - b);
  const rows = ids.slice(0, top).map((e) => ({
    edge: e,
    source: g.key(g.edgeSources[e]!),
    target: g.key(g.edgeTargets[e]!),
    strength: ties.strength[e]!,
    embeddedness: embeddedness[e]!,
    score: score[e]!,
    reasons: reasonsOf(reasons[e]!),
  }));
  return { reasons, count, top: rows };
}
