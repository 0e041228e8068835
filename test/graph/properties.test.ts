import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SocialGraph } from "../../src/index.js";

/** Random edge lists over up to 12 nodes, with repeats and self-loops. */
const edgeLists = fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 9 })), {
  maxLength: 60,
});

function build(rows: [number, number, number][], directed: boolean): SocialGraph {
  return SocialGraph.fromEdges(rows, { directed });
}

describe("SocialGraph properties", () => {
  it("degree sum equals twice the size (undirected) and the in/out sums equal the size (directed)", () => {
    fc.assert(
      fc.property(edgeLists, fc.boolean(), (rows, directed) => {
        const g = build(rows, directed);
        let sum = 0;
        for (let i = 0; i < g.order; i++) sum += g.degree(i);
        expect(sum).toBe(2 * g.size);
        if (directed) {
          let out = 0;
          for (let i = 0; i < g.order; i++) out += g.outDegree(i);
          expect(out).toBe(g.size);
        }
      }),
    );
  });

  it("undirected adjacency is symmetric, rows sorted, and every edge id appears exactly twice", () => {
    fc.assert(
      fc.property(edgeLists, (rows) => {
        const g = build(rows, false);
        const seen = new Int32Array(g.size);
        for (let u = 0; u < g.order; u++) {
          for (let h = g.offsets[u]!; h < g.offsets[u + 1]!; h++) {
            const v = g.targets[h]!;
            if (h > g.offsets[u]!) expect(g.targets[h - 1]!).toBeLessThan(v);
            const e = g.edgeIds[h]!;
            seen[e]!++;
            expect(g.edgeId(v, u)).toBe(e);
            expect(Math.min(u, v)).toBe(g.edgeSources[e]);
            expect(Math.max(u, v)).toBe(g.edgeTargets[e]);
            expect(g.weights[h]).toBe(g.edgeWeights[e]);
          }
        }
        for (const c of seen) expect(c).toBe(2);
      }),
    );
  });

  it("a multigraph under \"sum\" equals its summed simple graph", () => {
    fc.assert(
      fc.property(edgeLists, fc.boolean(), (rows, directed) => {
        const g = build(rows, directed);
        const summed = new Map<string, number>();
        for (const [a, b, w] of rows) {
          if (a === b) continue;
          const [s, t] = directed || a < b ? [a, b] : [b, a];
          summed.set(`${s},${t}`, (summed.get(`${s},${t}`) ?? 0) + w);
        }
        expect(g.size).toBe(summed.size);
        for (const [pair, w] of summed) {
          const [s, t] = pair.split(",");
          expect(g.edgeWeight(g.edgeId(g.index(s!), g.index(t!)))).toBe(w);
        }
        expect(g.buildReport.selfLoopsIgnored).toBe(rows.filter(([a, b]) => a === b).length);
      }),
    );
  });

  it("fromGraphology(g.toGraphology()) round-trips nodes, edges and weights", () => {
    fc.assert(
      fc.property(edgeLists, fc.boolean(), (rows, directed) => {
        const g = build(rows, directed);
        const back = SocialGraph.fromGraphology(g.toGraphology());
        expect(back.directed).toBe(g.directed);
        expect(back.keys()).toEqual(g.keys());
        expect(Array.from(back.offsets)).toEqual(Array.from(g.offsets));
        expect(Array.from(back.targets)).toEqual(Array.from(g.targets));
        expect(Array.from(back.edgeWeights)).toEqual(Array.from(g.edgeWeights));
        expect(Array.from(back.inSources)).toEqual(Array.from(g.inSources));
      }),
    );
  });

  it("fromArrays and fromEdges agree on the same edges", () => {
    fc.assert(
      fc.property(edgeLists, fc.boolean(), (rows, directed) => {
        const g = build(rows, directed);
        const index = (k: number): number => g.index(k);
        const real = rows.filter(() => true);
        const h = SocialGraph.fromArrays(
          Int32Array.from(real, (r) => index(r[0])),
          Int32Array.from(real, (r) => index(r[1])),
          Float64Array.from(real, (r) => r[2]),
          { directed, keys: g.keys() },
        );
        expect(Array.from(h.targets)).toEqual(Array.from(g.targets));
        expect(Array.from(h.edgeWeights)).toEqual(Array.from(g.edgeWeights));
        expect(Array.from(h.inEdgeIds)).toEqual(Array.from(g.inEdgeIds));
      }),
    );
  });
});
