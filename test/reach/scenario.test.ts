/**
 * The claims tiescope exists to measure, on built graphs: 1,000 engaged followers beat 100,000
 * passive ones (essay scenario), and complex contagion needs clustered ties (Centola 2010).
 */
import { describe, expect, it } from "vitest";
import { scoreEngagementReach, simulateActivation } from "../../src/index.js";
import { essayScenario, randomRegular, ringLattice } from "./scenario-graphs.js";
import { tiesFromStrength } from "../helpers/ties.js";

describe("essay scenario: engaged A versus passive B", () => {
  const { graph, strength, a, b } = essayScenario();
  const ties = tiesFromStrength(strength);

  it("B's reach is 100x A's, yet A is engaged, trusted and more influential", () => {
    const r = scoreEngagementReach(graph, { ties, hops: 2 });
    const A = r.get(graph.key(a));
    const B = r.get(graph.key(b));
    expect(A.reach).toBe(1000);
    expect(B.reach).toBe(100_000);
    expect(B.reach / A.reach).toBe(100);
    expect(A.engagedCount).toBe(1000);
    expect(B.engagedCount).toBe(0);
    expect(A.engagementRate).toBe(1);
    expect(A.trust).toBeGreaterThan(0.5);
    expect(B.trust).toBe(0);
    expect(A.influence).toBeGreaterThan(100 * B.influence);
    expect(A.influence).toBeGreaterThan(B.influence);
    expect(B.attention).toBeGreaterThan(0); // B holds some attention, but without trust it is noise
    expect(A.quadrant).toBe("power");
    expect(B.quadrant).toBe("broadcaster");
  });

  it("under the independent cascade A activates more people and reaches half of its final count sooner", () => {
    const runs = 200;
    const simA = simulateActivation(graph, { seeds: [graph.key(a)], probability: strength, runs, seed: 7 });
    const simB = simulateActivation(graph, { seeds: [graph.key(b)], probability: strength, runs, seed: 7 });
    expect(simA.finalReach).toBeGreaterThan(simB.finalReach);
    // The gap is far outside both 95 % bands.
    const last = (s: typeof simA): number => s.upper.length - 1;
    expect(simA.lower[last(simA)]!).toBeGreaterThan(simB.upper[last(simB)]!);
    expect(simA.timeToHalf).toBeLessThan(simB.timeToHalf);
  });
});

describe("complex contagion (Centola 2010)", () => {
  const n = 2000;
  const seedsOf = (g: ReturnType<typeof ringLattice>): string[] => [g.key(0), ...Array.from(g.neighbors(0), (i) => g.key(i))];

  it("a threshold-2 process spreads through a clustered ring lattice", () => {
    const lattice = ringLattice(n, 3);
    const r = simulateActivation(lattice, { seeds: seedsOf(lattice), model: "threshold", threshold: 2, runs: 1 });
    expect(r.finalReach).toBe(n);
  });

  it("and stalls on a random regular graph of the same degree", () => {
    const random = randomRegular(n, 6, 3);
    for (let i = 0; i < n; i++) expect(random.degree(i)).toBe(6);
    const r = simulateActivation(random, { seeds: seedsOf(random), model: "threshold", threshold: 2, runs: 1 });
    expect(r.finalReach).toBeLessThan(0.05 * n);
    // Simple contagion (threshold 1) does cross the random graph: it is the clustering that matters.
    const simple = simulateActivation(random, { seeds: seedsOf(random), model: "threshold", threshold: 1, runs: 1 });
    expect(simple.finalReach).toBe(n);
  });
});
