/**
 * Interim weak-tie bridges until `weakTieBridges` lands: a weak tie that is a local bridge
 * (its ends share no contact; Granovetter 1973) or joins two communities. Score = local bridge
 * + crosses communities + (1 − strength); best first.
 */
import type { SocialGraph } from "../../graph/social-graph.js";
import type { TieStrengthLike } from "../../ties/types.js";
import { BRIDGE_REASONS, reasonsOf, type BridgeReason, type BridgeRow, type BridgeSection } from "../model.js";

const bit = (r: BridgeReason): number => 1 << BRIDGE_REASONS.indexOf(r);

export interface InterimBridgesOptions {
  ties: TieStrengthLike;
  membership: Int32Array;
  labels: readonly string[];
  /** Per edge of `g`: common neighbours of its ends. */
  embeddedness: Float64Array;
  top: number;
}

export function interimBridgesSection(g: SocialGraph, o: InterimBridgesOptions): { section: BridgeSection; note: string | null } {
  const m = g.size;
  const reasons = new Uint8Array(m);
  const score = new Float64Array(m);
  const ids: number[] = [];
  for (let e = 0; e < m; e++) {
    if (!o.ties.weak[e]) continue;
    const cu = o.membership[g.edgeSources[e]!]!;
    const cv = o.membership[g.edgeTargets[e]!]!;
    let mask = 0;
    if (o.embeddedness[e] === 0) mask |= bit("local-bridge");
    if (cu !== cv) mask |= bit("cross-community");
    if (mask === 0) continue;
    reasons[e] = mask | bit("weak");
    score[e] = (mask & bit("local-bridge") ? 1 : 0) + (mask & bit("cross-community") ? 1 : 0) + (1 - o.ties.strength[e]!);
    ids.push(e);
  }
  ids.sort((a, b) => score[b]! - score[a]! || a - b);
  const top: BridgeRow[] = ids.slice(0, o.top).map((e) => {
    const cu = o.membership[g.edgeSources[e]!]!;
    const cv = o.membership[g.edgeTargets[e]!]!;
    const explanation: string[] = [];
    if (o.embeddedness[e] === 0) explanation.push("local bridge (no shared contact)");
    if (cu !== cv) explanation.push(`joins communities ${o.labels[cu]!} and ${o.labels[cv]!}`);
    explanation.push(`weak tie, strength ${o.ties.strength[e]!.toFixed(3)}`);
    return {
      edge: e,
      source: g.key(g.edgeSources[e]!),
      target: g.key(g.edgeTargets[e]!),
      strength: o.ties.strength[e]!,
      embeddedness: o.embeddedness[e]!,
      score: score[e]!,
      reasons: reasonsOf(reasons[e]!),
      explanation,
    };
  });
  const section: BridgeSection = { method: "interim: weak ties that are local bridges or cross communities", provenance: "interim", count: ids.length, top, reasons };
  return { section, note: null };
}
