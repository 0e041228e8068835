import { describe, expect, it } from "vitest";
import { SocialGraph, modularity, karateClub } from "../../src/index.js";
import { fixtureGraph, readFixture, type GraphFixture } from "../helpers/fixtures.js";
import { errorCode as code } from "../helpers/errors.js";

interface Case {
  partition: string;
  membership: number[];
  weighted: boolean;
  resolution: number;
  modularity: number;
}
type ModularityFixture = GraphFixture & { cases: Case[] };

const twoTriangles = () =>
  SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["d", "e"], ["e", "f"], ["f", "d"], ["a", "d"]]);

describe("modularity", () => {
  it("is 5/14 for two triangles joined by one edge (by hand: 2·(3/7 − (7/14)²))", () => {
    const g = twoTriangles();
    expect(modularity(g, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 })).toBeCloseTo(5 / 14, 15);
    // A Map, an array and a Partition-like object give the same value.
    const m = new Map(Object.entries({ a: "x", b: "x", c: "x", d: "y", e: "y", f: "y" }));
    expect(modularity(g, m)).toBeCloseTo(5 / 14, 15);
    expect(modularity(g, { membership: Int32Array.of(0, 0, 0, 1, 1, 1) })).toBeCloseTo(5 / 14, 15);
  });
  it("is 1 − γ for one community and −γ Σ (k_i/2m)² for singletons", () => {
    const g = twoTriangles();
    expect(modularity(g, [0, 0, 0, 0, 0, 0], { resolution: 0.5 })).toBeCloseTo(0.5, 15);
    // degrees 3,2,2,3,2,2; 2m = 14
    const sumSq = (9 + 4 + 4 + 9 + 4 + 4) / 196;
    expect(modularity(g, [0, 1, 2, 3, 4, 5])).toBeCloseTo(-sumSq, 15);
  });
  it("uses the weights option and a tie-strength-like result", () => {
    const g = twoTriangles();
    const w = new Float64Array(g.size).fill(1);
    w[g.edgeId(g.index("a"), g.index("d"))] = 0;
    // Two disconnected triangles: 2·(3/6 − (6/12)²) = 0.5
    expect(modularity(g, [0, 0, 0, 1, 1, 1], { weights: w })).toBeCloseTo(0.5, 15);
    expect(modularity(g, [0, 0, 0, 1, 1, 1], { weights: { strength: w } })).toBeCloseTo(0.5, 15);
  });
  it("is NaN on an edgeless graph", () => {
    const g = SocialGraph.fromEdges([], { nodes: ["a", "b"] });
    expect(modularity(g, [0, 1])).toBeNaN();
  });

  for (const [name, fixture] of [
    ["karate (weighted and weight=None)", "karate-modularity"],
    ["a random weighted digraph (Leicht–Newman)", "directed-modularity"],
  ] as const) {
    it(`matches NetworkX modularity to 1e-12 on ${name}`, () => {
      const f = readFixture<ModularityFixture>("communities", fixture);
      const weighted = fixtureGraph(f);
      const unweighted = fixtureGraph(f, { weighted: false });
      expect(weighted.directed).toBe(fixture === "directed-modularity");
      expect(f.cases.length).toBeGreaterThan(20);
      for (const c of f.cases) {
        const q = modularity(c.weighted ? weighted : unweighted, c.membership, { resolution: c.resolution });
        expect(Math.abs(q - c.modularity), `${c.partition} weighted=${c.weighted} γ=${c.resolution}`).toBeLessThan(1e-12);
      }
    });
  }

  it("karate: the dataset's weighted graph and the classic unweighted one give NetworkX's two different values", () => {
    const f = readFixture<ModularityFixture>("communities", "karate-modularity");
    const pick = (weighted: boolean) => f.cases.find((c) => c.partition === "clubs" && c.resolution === 1 && c.weighted === weighted)!;
    expect(Math.abs(pick(true).modularity - pick(false).modularity)).toBeGreaterThan(0.01);
    expect(modularity(karateClub().graph, pick(true).membership)).toBeCloseTo(pick(true).modularity, 12);
    expect(modularity(karateClub({ weighted: false }).graph, pick(false).membership)).toBeCloseTo(pick(false).modularity, 12);
  });

  it("rejects bad input with stable codes", () => {
    const g = twoTriangles();
    expect(code(() => modularity(g, [0, 0, 0]))).toBe("LENGTH_MISMATCH");
    expect(code(() => modularity(g, { a: 0, b: 0 }))).toBe("INVALID_PARTITION");
    expect(code(() => modularity(g, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1, zed: 1 }))).toBe("UNKNOWN_NODE");
    expect(code(() => modularity(g, [0, 0, 0, 1, 1, 1], { resolution: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => modularity(g, [0, 0, 0, 1, 1, 1], { gamma: 1 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => modularity(g, [0, 0, 0, 1, 1, 1], { weights: new Float64Array(g.size).fill(-1) }))).toBe("INVALID_WEIGHT");
  });
});
