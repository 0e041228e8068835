import { betweenness, findBridges, localBridges, structuralHoles, weakTieBridges, weakTieOpportunities } from "../../src/index.js";
import type { MembershipInput, TieStrengthLike } from "../../src/index.js";
import { table, type DemoSection } from "./context.js";

function isTies(x: unknown): x is TieStrengthLike {
  return typeof x === "object" && x !== null && (x as TieStrengthLike).strength instanceof Float64Array && (x as TieStrengthLike).weak instanceof Uint8Array;
}

/** Weak-tie bridges: the ties that connect separate worlds, and the people on structural holes. */
export const bridgesSection: DemoSection = {
  title: "Weak-tie bridges and brokers",
  run(context) {
    const { graph, clubs } = context;
    // Use the tie strengths and communities of earlier sections when they ran; else structure + factions.
    const ties = isTies(context["ties"]) ? context["ties"] : null;
    const detected = context["partition"] as MembershipInput | undefined;
    const partition: MembershipInput = detected ?? Object.fromEntries(clubs.map((c, i) => [graph.key(i), c]));
    const source = `${ties ? "estimated tie strengths" : "no tie strengths (structure only)"}, ${detected ? "detected communities" : "the two factions"}`;
    const bridges = findBridges(graph);
    const local = localBridges(graph);
    const ranked = weakTieBridges(graph, { ties, partition });
    context["weakTieBridges"] = ranked;
    const top = ranked.rows(6).map((r) => ({ tie: `${r.source}-${r.target}`, score: r.score, why: r.reasons.slice(0, 3).join("; ") }));
    const holes = structuralHoles(graph, { weights: graph.edgeWeights });
    const b = betweenness(graph).values;
    const brokers = Array.from({ length: graph.order }, (_, i) => i)
      .sort((x, y) => holes.constraint[x]! - holes.constraint[y]! || x - y)
      .slice(0, 4)
      .map((i) => ({ person: graph.key(i), constraint: holes.constraint[i]!, effectiveSize: holes.effectiveSize[i]!, betweenness: b[i]! }));
    const ego = brokers[0]!.person;
    const chances = weakTieOpportunities(graph, ego, { ties, partition }).rows().slice(0, 3);
    return [
      `${bridges.count} global bridges, ${local.count} local bridges (spans ${[...new Set(local.span)].sort((a, b) => a - b).join(", ")}); ranking uses ${source}`,
      "most important weak-tie bridges:",
      ...table(top),
      "people on structural holes (lowest Burt constraint):",
      ...table(brokers),
      `weak ties worth nurturing for ${ego}: ${chances.length === 0 ? "none" : chances.map((c) => `${c.neighbor} -> ${String(c.community)} (${c.communitySize} people, ${c.othersReaching} others reach it)`).join("; ")}`,
    ];
  },
};
