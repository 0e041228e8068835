import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  SocialGraph,
  adamicAdar,
  dispersion,
  DISPERSION_NETWORKX,
  edgeEmbeddedness,
  jaccard,
  neighborhoodOverlap,
  TiescopeError,
} from "../../src/index.js";
import { fixtureGraph, readFixture, type GraphFixture } from "../helpers/fixtures.js";
import { errorCode as code } from "../helpers/errors.js";

interface TiesFixture extends GraphFixture {
  pairs: [string, string][];
  common: number[];
  jaccard: number[];
  adamicAdar: number[];
  dispNx: [number, number][];
  dispPaper: [number, number][];
  dispRaw: [number, number][];
}

const triangleTail = (): SocialGraph => SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);

describe("per-edge structural measures by hand", () => {
  it("neighborhoodOverlap follows Onnela's formula, 0 for the 0/0 isolated pair", () => {
    expect(Array.from(neighborhoodOverlap(triangleTail()))).toEqual([1, 0.5, 0.5, 0]);
    expect(Array.from(neighborhoodOverlap(SocialGraph.fromEdges([["x", "y"]])))).toEqual([0]);
    expect(neighborhoodOverlap(SocialGraph.fromEdges([])).length).toBe(0);
  });
  it("jaccard counts both endpoints in the union as NetworkX does", () => {
    const j = Array.from(jaccard(triangleTail()));
    expect(j[0]).toBeCloseTo(1 / 3, 15);
    expect(j[1]).toBeCloseTo(1 / 4, 15);
    expect(j[3]).toBe(0);
  });
  it("adamicAdar discounts shared hubs by 1/ln(degree)", () => {
    const a = adamicAdar(triangleTail());
    expect(a[0]).toBeCloseTo(1 / Math.log(3), 15);
    expect(a[1]).toBeCloseTo(1 / Math.log(2), 15);
    expect(a[3]).toBe(0);
  });
  it("directed graphs use the symmetrised adjacency, one value per arc", () => {
    const d = SocialGraph.fromEdges([["a", "b"], ["b", "a"], ["b", "c"], ["c", "a"]], { directed: true });
    expect(Array.from(neighborhoodOverlap(d))).toEqual([1, 1, 1, 1]);
    expect(Array.from(jaccard(d)).every((x) => Math.abs(x - 1 / 3) < 1e-15)).toBe(true);
  });
  it("dispersion: one dispersed pair among two common friends", () => {
    const g = SocialGraph.fromEdges([["u", "v"], ["u", "a"], ["u", "b"], ["v", "a"], ["v", "b"]]);
    expect(dispersion(g, DISPERSION_NETWORKX).get("u", "v")).toBe(0.5);
    expect(dispersion(g, { normalized: false }).get("u", "v")).toBe(1);
    expect(dispersion(g).get("u", "v")).toBeCloseTo(1 / 7, 15); // 1^0.61 / (2 + 5)
    // a and b become adjacent: not dispersed any more
    const h = SocialGraph.fromEdges([["u", "v"], ["u", "a"], ["u", "b"], ["v", "a"], ["v", "b"], ["a", "b"]]);
    expect(dispersion(h, { normalized: false }).get("u", "v")).toBe(0);
    expect(() => dispersion(g).get("a", "b")).toThrowError(TiescopeError);
  });
  it("recursive dispersion, one and two iterations worked by hand", () => {
    // u - v with common friends a, b (not adjacent, no other shared friend) and c (adjacent to a).
    const g = SocialGraph.fromEdges([
      ["u", "v"], ["u", "a"], ["u", "b"], ["u", "c"], ["v", "a"], ["v", "b"], ["v", "c"], ["a", "c"],
    ]);
    // emb(u,v) = 3. {a,b}: not adjacent and b's only contacts are u and v -> dispersed.
    // {b,c}: likewise dispersed. {a,c}: adjacent. One iteration: x_v = (1+1+1 + 2*(1+1)) / 3 = 7/3.
    expect(dispersion(g, { recursive: 1 }).get("u", "v")).toBeCloseTo(7 / 3, 14);
    // In u's network after one iteration: x_a = (1+1)/2 (C = {v, c}, adjacent), x_b = 1/1, x_c = 1;
    // so the second iteration gives again (1+1+1 + 2*(1*1 + 1*1)) / 3 = 7/3.
    expect(dispersion(g, { recursive: 2 }).get("u", "v")).toBeCloseTo(7 / 3, 14);
    // A contact with no common friend gets 0.
    expect(dispersion(SocialGraph.fromEdges([["p", "q"]]), { recursive: 3 }).get("p", "q")).toBe(0);
  });
  it("rejects bad options with stable codes", () => {
    const g = triangleTail();
    expect(code(() => dispersion(g, { alpha: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => dispersion(g, { recursive: 1.5 }))).toBe("INVALID_OPTION");
    expect(code(() => dispersion(g, { gamma: 1 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => dispersion(g).get("a", "zz"))).toBe("UNKNOWN_NODE");
    expect(code(() => dispersion(g).get("a", "d"))).toBe("UNKNOWN_EDGE");
  });
});

describe("parity with NetworkX 3.6.1 (1e-12)", () => {
  for (const name of ["karate", "florentine", "dolphins", "football", "polbooks", "lesmis"]) {
    it(name, () => {
      const f = readFixture<TiesFixture>("ties", name);
      const g = fixtureGraph(f, { weighted: false });
      const emb = edgeEmbeddedness(g);
      const jac = jaccard(g);
      const aa = adamicAdar(g);
      const nx = dispersion(g, DISPERSION_NETWORKX);
      const paper = dispersion(g);
      const raw = dispersion(g, { normalized: false });
      expect(g.size).toBe(f.pairs.length);
      f.pairs.forEach(([a, b], k) => {
        const e = g.edgeId(g.index(a), g.index(b));
        expect(emb[e]).toBe(f.common[k]);
        expect(Math.abs(jac[e]! - f.jaccard[k]!)).toBeLessThan(1e-12);
        expect(Math.abs(aa[e]! - f.adamicAdar[k]!)).toBeLessThan(1e-12);
        const [nab, nba] = f.dispNx[k]!;
        expect(Math.abs(nx.get(a, b) - nab)).toBeLessThan(1e-12);
        expect(Math.abs(nx.get(b, a) - nba)).toBeLessThan(1e-12);
        expect(Math.abs(paper.get(a, b) - f.dispPaper[k]![0])).toBeLessThan(1e-12);
        expect(Math.abs(paper.get(b, a) - f.dispPaper[k]![1])).toBeLessThan(1e-12);
        expect(raw.get(a, b)).toBe(f.dispRaw[k]![0]);
        const fromA = g.edgeSources[e] === g.index(a) ? nx.fromSource[e] : nx.fromTarget[e];
        expect(fromA).toBe(nx.get(a, b));
      });
    });
  }
});

describe("properties", () => {
  const arbGraph = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 })), { maxLength: 60 })
    .map((pairs) => SocialGraph.fromEdges(pairs.filter(([a, b]) => a !== b).map(([a, b]) => [a, b]) as [number, number][]));
  it("overlap and jaccard lie in [0, 1], are 0 exactly on local bridges, and overlap >= jaccard", () => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        const o = neighborhoodOverlap(g);
        const j = jaccard(g);
        const emb = edgeEmbeddedness(g);
        for (let e = 0; e < g.size; e++) {
          if (!(o[e]! >= 0 && o[e]! <= 1 && j[e]! >= 0 && j[e]! < 1)) return false;
          if ((emb[e] === 0) !== (o[e] === 0) && !(emb[e]! > 0 && o[e]! > 0)) return false;
          if (o[e]! + 1e-15 < j[e]!) return false;
        }
        return true;
      }),
    );
  });
  it("raw dispersion never exceeds the number of common-neighbour pairs", () => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        const d = dispersion(g, { normalized: false });
        const emb = edgeEmbeddedness(g);
        for (let e = 0; e < g.size; e++) {
          const pairs = (emb[e]! * (emb[e]! - 1)) / 2;
          if (d.fromSource[e]! > pairs || d.fromTarget[e]! > pairs || d.fromSource[e]! < 0) return false;
        }
        return true;
      }),
    );
  });
});
