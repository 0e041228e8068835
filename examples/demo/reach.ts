import { neighborhoodFunction, scoreEngagementReach, simulateActivation, type TieStrengthLike } from "../../src/index.js";
import { table, type DemoContext, type DemoSection } from "./context.js";

/** Engagement versus reach: who is merely connected and who is engaged, trusted and quick to activate. */
export const reachSection: DemoSection = {
  title: "Engagement versus reach",
  run(context: DemoContext) {
    const { graph } = context;
    // The tie strengths estimated by the tie-strength section (weight-derived strength otherwise).
    const ties = context["ties"] as TieStrengthLike | undefined;
    const scores = scoreEngagementReach(graph, { ties, hops: 2 });
    const nf = neighborhoodFunction(graph);
    const order = Array.from({ length: graph.order }, (_, i) => i).sort((a, b) => scores.reach[b]! - scores.reach[a]! || a - b);
    const rows = order.slice(0, 8).map((i) => {
      const r = scores.get(graph.key(i));
      return {
        node: r.node,
        reach: r.reach,
        "2-hop": r.extendedReach,
        engaged: r.engagedCount,
        rate: r.engagementRate,
        trust: r.trust,
        influence: r.influence,
        quadrant: r.quadrant,
      };
    });
    const byInfluence = Array.from({ length: graph.order }, (_, i) => i).sort((a, b) => scores.influence[b]! - scores.influence[a]! || a - b);
    const sim = (i: number): string => {
      const s = simulateActivation(graph, { seeds: [graph.key(i)], probability: ties, runs: 500, seed: 1 });
      return `${graph.key(i)} reaches ${s.finalReach.toFixed(1)} ± ${s.finalReachStd.toFixed(1)}, half by step ${s.timeToHalf.toFixed(2)}`;
    };
    return [
      `tie strengths: ${ties ? "estimated (tie-strength section)" : "derived from edge weights"}`,
      `average distance ${nf.averageDistance.toFixed(2)}, effective diameter (90 %) ${nf.effectiveDiameter.toFixed(2)}`,
      `quadrant cut-offs: reach >= ${scores.cutoffs.reach}, engagement rate >= ${scores.cutoffs.engagementRate.toFixed(2)} (engaged = tie strength >= ${scores.cutoffs.minStrength.toFixed(2)})`,
      ...table(rows),
      `most influential: ${byInfluence.slice(0, 3).map((i) => `${graph.key(i)} (${scores.influence[i]!.toFixed(2)})`).join(", ")}`,
      `independent cascade, tie strength as probability (500 runs): ${[order[0]!, order[5]!, order[7]!].map(sim).join("; ")}`,
    ];
  },
};
