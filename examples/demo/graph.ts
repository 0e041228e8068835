import type { DemoSection } from "./context.js";

/** The graph itself: size, weights, degrees, who has the most ties and who the strongest. */
export const graphSection: DemoSection = {
  title: "The network",
  run({ graph, name, clubs }) {
    const n = graph.order;
    const byDegree = Array.from({ length: n }, (_, i) => i).sort((a, b) => graph.degree(b) - graph.degree(a) || a - b);
    const top = byDegree
      .slice(0, 5)
      .map((i) => `${graph.key(i)} (${graph.degree(i)} ties, strength ${graph.strength(i)}, ${clubs[i]})`);
    let density = (2 * graph.size) / (n * (n - 1));
    if (graph.directed) density /= 2;
    return [
      `${name}: ${n} people, ${graph.size} ${graph.directed ? "directed" : "undirected"} ties${graph.weighted ? ", weighted" : ""}`,
      `density ${density.toFixed(3)}, total tie weight ${graph.totalWeight()}`,
      `most connected: ${top.join("; ")}`,
    ];
  },
};
