import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, detectCommunities } from "../../src/index.js";
import { fixtureGraph, readFixture } from "../helpers/fixtures.js";
import { communitiesConnected, graphFromTriples, triplesArb } from "./helpers.js";

// Best known modularity of the classic graphs (unweighted; Les Misérables also weighted).
// Literature values: karate 0.4198 (4 communities), dolphins 0.5285, football 0.6046,
// polbooks 0.5272, lesmis 0.5600 (the unweighted graph: e.g. Aloise et al. 2010's exact optimum
// 0.560008). With lesmis' co-appearance weights the optimum is higher: Leiden and Louvain both
// reach 0.5667 (not a literature value; asserted only as >= the unweighted optimum).
const KNOWN: [string, boolean, number][] = [
  ["karate", false, 0.4198],
  ["dolphins", false, 0.5285],
  ["football", false, 0.6046],
  ["polbooks", false, 0.5272],
  ["lesmis", false, 0.56],
];

const bestOf10 = (g: SocialGraph, algorithm: "leiden" | "louvain") => {
  let best = detectCommunities(g, { algorithm, seed: 0 });
  for (let seed = 1; seed < 10; seed++) {
    const p = detectCommunities(g, { algorithm, seed });
    if (p.modularity > best.modularity) best = p;
  }
  return best;
};

describe("detectCommunities (leiden)", () => {
  for (const [name, weighted, known] of KNOWN) {
    it(`reaches the known modularity ${known} on ${name} within 0.002 (best of 10 seeds)`, () => {
      const g = fixtureGraph(readFixture("communities", name), { weighted });
      const best = bestOf10(g, "leiden");
      expect(best.modularity).toBeGreaterThan(known - 0.002);
      expect(best.modularity).toBeLessThan(known + 0.002);
      expect(communitiesConnected(g, best.membership, best.count)).toBe(true);
      if (name === "karate") expect(best.count).toBe(4);
    });
  }
  it("reaches at least the unweighted optimum on weighted Les Misérables", () => {
    const g = fixtureGraph(readFixture("communities", "lesmis"));
    expect(g.weighted).toBe(true);
    expect(bestOf10(g, "leiden").modularity).toBeGreaterThan(0.56);
  });
  it("is deterministic: the same seed gives the same partition", () => {
    const g = fixtureGraph(readFixture("communities", "football"));
    for (const seed of [0, 5, 123456]) {
      const a = detectCommunities(g, { seed });
      const b = detectCommunities(g, { seed });
      expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
      expect(a.modularity).toBe(b.modularity);
    }
  });
  it("returns connected communities on random graphs (property, modularity and CPM)", () => {
    const graphArb = fc
      .integer({ min: 2, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          triplesArb(n, fc.integer({ min: 1, max: 5 }), 3),
          fc.boolean(),
        ),
      );
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0.2, max: 3, noNaN: true }), fc.boolean(), ([n, edges, directed], seed, resolution, cpm) => {
        const g = graphFromTriples(n, edges, directed);
        const p = detectCommunities(g, { seed, resolution: cpm ? resolution / 4 : resolution, objective: cpm ? "cpm" : "modularity" });
        expect(communitiesConnected(g, p.membership, p.count)).toBe(true);
        const covered = new Int32Array(p.count);
        for (const c of p.membership) covered[c]!++;
        expect(Array.from(covered)).toEqual(Array.from(p.sizes));
        for (let c = 1; c < p.count; c++) expect(p.sizes[c]!).toBeLessThanOrEqual(p.sizes[c - 1]!);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it("never returns a worse partition than an earlier pass and stops when stable", () => {
    const g = fixtureGraph(readFixture("communities", "polbooks"));
    const one = detectCommunities(g, { seed: 4, maxIterations: 1 });
    const two = detectCommunities(g, { seed: 4 });
    const stable = detectCommunities(g, { seed: 4, maxIterations: 1000 });
    expect(two.modularity).toBeGreaterThanOrEqual(one.modularity);
    expect(stable.modularity).toBeGreaterThanOrEqual(two.modularity);
    expect(two.info.iterations).toBeLessThanOrEqual(2);
    expect(stable.info.iterations).toBeLessThan(1000);
  });
});
