import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, detectCommunities, modularity } from "../../src/index.js";
import { fixtureGraph, readFixture } from "../helpers/fixtures.js";

describe("detectCommunities (louvain)", () => {
  it("reaches 0.4198 with 4 communities on unweighted karate (best of 10 seeds)", () => {
    const g = fixtureGraph(readFixture("communities", "karate"), { weighted: false });
    let best = -1;
    let count = 0;
    for (let seed = 0; seed < 10; seed++) {
      const p = detectCommunities(g, { algorithm: "louvain", seed });
      if (p.modularity > best) [best, count] = [p.modularity, p.count];
    }
    expect(best).toBeCloseTo(0.4198, 4);
    expect(count).toBe(4);
  });
  it.each(["louvain", "leiden"] as const)("%s: levels go from fine to coarse, each coarsening the previous one", (algorithm) => {
    const g = fixtureGraph(readFixture("communities", "football"));
    const p = detectCommunities(g, { algorithm, seed: 2 });
    expect(p.levels.length).toBeGreaterThanOrEqual(2);
    for (let l = 1; l < p.levels.length; l++) {
      const fine = p.levels[l - 1]!;
      const coarse = p.levels[l]!;
      const parent = new Map<number, number>();
      for (let i = 0; i < g.order; i++) {
        const seen = parent.get(fine[i]!);
        if (seen === undefined) parent.set(fine[i]!, coarse[i]!);
        else expect(seen).toBe(coarse[i]);
      }
      expect(new Set(coarse).size).toBeLessThanOrEqual(new Set(fine).size);
    }
  });
  it("is deterministic and improves on singletons (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { minLength: 1, maxLength: 3 * n })),
        ),
        fc.integer({ min: 0, max: 99 }),
        ([n, edges], seed) => {
          const g = SocialGraph.fromArrays(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), null, { order: n });
          if (g.size === 0) return;
          const a = detectCommunities(g, { algorithm: "louvain", seed });
          const b = detectCommunities(g, { algorithm: "louvain", seed });
          expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
          const singletons = Int32Array.from({ length: n }, (_, i) => i);
          expect(a.modularity).toBeGreaterThanOrEqual(modularity(g, singletons) - 1e-12);
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
