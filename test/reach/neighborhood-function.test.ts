import { describe, expect, it } from "vitest";
import { SocialGraph, TiescopeError, neighborhoodFunction, plantedSocialNetwork } from "../../src/index.js";
import { fixtureGraph, readFixture, type GraphFixture } from "../helpers/fixtures.js";
import { errorCode as codeOf } from "../helpers/errors.js";

interface NF {
  pairs: number[];
  averageDistance: number;
  effectiveDiameter: number;
  diameter: number;
}
type Fixture = GraphFixture & { neighborhood: Record<string, NF> };

describe("neighborhoodFunction", () => {
  it("works a path out by hand", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"]]);
    const nf = neighborhoodFunction(g);
    expect(Array.from(nf.pairs)).toEqual([0, 6, 10, 12]);
    expect(nf.averageDistance).toBeCloseTo(20 / 12, 12);
    expect(nf.effectiveDiameter).toBeCloseTo(2.4, 12);
    expect(nf.diameter).toBe(3);
    expect(Array.from(neighborhoodFunction(g, { maxDistance: 1 }).pairs)).toEqual([0, 6]);
  });

  for (const name of ["karate", "dolphins", "gnp-directed", "paths"]) {
    it(`matches NetworkX all_pairs_shortest_path_length on ${name}`, () => {
      const f = readFixture<Fixture>("reach", name);
      const g = fixtureGraph(f, { weighted: false });
      for (const [direction, want] of Object.entries(f.neighborhood)) {
        const nf = neighborhoodFunction(g, { direction: direction as "out" });
        expect(Array.from(nf.pairs)).toEqual(want.pairs);
        expect(nf.averageDistance).toBeCloseTo(want.averageDistance, 10);
        expect(nf.effectiveDiameter).toBeCloseTo(want.effectiveDiameter, 10);
        expect(nf.diameter).toBe(want.diameter);
      }
    });
  }

  it("HyperANF estimates the pair counts within 3 standard errors", () => {
    const { graph: g } = plantedSocialNetwork({ n: 2000, averageDegree: 6, seed: 2 });
    const exact = neighborhoodFunction(g);
    const est = neighborhoodFunction(g, { method: "hyperball", log2m: 8, seed: 1 });
    const bound = (3 * 1.04) / Math.sqrt(256);
    for (let t = 1; t < Math.min(exact.pairs.length, est.pairs.length); t++) {
      expect(Math.abs(est.pairs[t]! - exact.pairs[t]!) / exact.pairs[t]!).toBeLessThan(bound);
    }
    expect(Math.abs(est.averageDistance - exact.averageDistance) / exact.averageDistance).toBeLessThan(bound);
  });

  it("gives NaN averages on a graph without edges and rejects bad options", () => {
    const g = SocialGraph.fromEdges([], { nodes: ["a", "b"] });
    const nf = neighborhoodFunction(g);
    expect(Array.from(nf.pairs)).toEqual([0]);
    expect(nf.averageDistance).toBeNaN();
    expect(nf.effectiveDiameter).toBeNaN();
    expect(codeOf(() => neighborhoodFunction(g, { quantile: 0 }))).toBe("INVALID_OPTION");
    expect(codeOf(() => neighborhoodFunction(g, { maxDistance: 0 }))).toBe("INVALID_OPTION");
    expect(codeOf(() => neighborhoodFunction(g, { alpha: 0.9 } as never))).toBe("UNKNOWN_OPTION");
  });

  it("accepts maxDistance Infinity only as +Infinity, with the bounds in the message", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
    expect(Array.from(neighborhoodFunction(g, { maxDistance: Infinity }).pairs)).toEqual([0, 4, 6]);
    for (const bad of [-Infinity, 1.5, Number.NaN]) {
      expect(() => neighborhoodFunction(g, { maxDistance: bad })).toThrow(
        `neighborhoodFunction: option maxDistance must be an integer in [1, Infinity], got ${bad}`,
      );
    }
  });
});

describe("neighborhoodFunction invariants", () => {
  it("N(t) is the sum of every node's t-hop reach (property)", async () => {
    const fc = (await import("fast-check")).default;
    const { kHopReach } = await import("../../src/index.js");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.nat(19), fc.nat(19)), { maxLength: 50 }),
        fc.boolean(),
        (n, raw, directed) => {
          const edges = raw.map(([u, v]) => [u % n, v % n]).filter(([u, v]) => u !== v);
          const g = SocialGraph.fromArrays(Int32Array.from(edges, (e) => e[0]!), Int32Array.from(edges, (e) => e[1]!), null, { directed, order: n });
          const nf = neighborhoodFunction(g);
          for (let t = 1; t < nf.pairs.length; t++) {
            const sum = kHopReach(g, { hops: t }).reach.reduce((a, b) => a + b, 0);
            expect(nf.pairs[t]).toBe(sum);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("aborts through its signal", () => {
    const c = new AbortController();
    c.abort();
    const g = SocialGraph.fromEdges([["a", "b"]]);
    for (const method of ["exact", "hyperball"] as const) {
      expect(() => neighborhoodFunction(g, { method, signal: c.signal })).toThrowError(expect.objectContaining({ code: "ABORTED" }));
    }
  });
});
