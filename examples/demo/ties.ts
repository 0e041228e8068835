import { edgePercolation, estimateTieStrength } from "../../src/index.js";
import { table, type DemoSection } from "./context.js";

/** Tie strength: the strongest and weakest ties, the weak/strong split and the Onnela percolation test. */
export const tiesSection: DemoSection = {
  title: "Tie strength",
  run(context) {
    const { graph, clubs } = context;
    const ties = estimateTieStrength(graph);
    context["ties"] = ties;
    const ids = Array.from({ length: graph.size }, (_, e) => e).sort((a, b) => ties.strength[b]! - ties.strength[a]! || a - b);
    const row = (e: number): Record<string, unknown> => {
      const s = graph.edgeSources[e]!;
      const t = graph.edgeTargets[e]!;
      return {
        tie: `${graph.key(s)} - ${graph.key(t)}`,
        strength: ties.strength[e]!,
        weight: graph.edgeWeights[e]!,
        overlap: ties.features.overlap![e]!,
        across: clubs[s] === clubs[t] ? "" : "yes",
      };
    };
    const weak = ties.weak.reduce((a, b) => a + b, 0);
    const crossing = ids.filter((e) => clubs[graph.edgeSources[e]!] !== clubs[graph.edgeTargets[e]!]);
    const weakCrossing = crossing.filter((e) => ties.weak[e] === 1).length;
    const at = (order: "weakest" | "strongest" | "random"): string => edgePercolation(graph, order, { weights: ties, seed: 1 }).giantAt(0.5).toFixed(2);
    return [
      `features: ${Object.entries(ties.featureWeights).map(([f, w]) => `${f} x${w}`).join(", ")} (source: ${ties.source})`,
      `threshold ${ties.threshold.toFixed(3)} (${ties.thresholdMethod}): ${weak} weak and ${graph.size - weak} strong ties; ${weakCrossing} of the ${crossing.length} ties across the two factions are weak`,
      "strongest ties:",
      ...table(ids.slice(0, 5).map(row)),
      "weakest ties:",
      ...table(ids.slice(-5).reverse().map(row)),
      `giant component after removing half the ties: weakest first ${at("weakest")}, random ${at("random")}, strongest first ${at("strongest")}`,
    ];
  },
};
