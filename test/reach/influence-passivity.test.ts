import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SocialGraph, influencePassivity } from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";


// Influence arcs x -> y (0.5), x -> z (1), y -> z (0.5).
const g = SocialGraph.fromEdges([["x", "y"], ["x", "z"], ["y", "z"]], { directed: true });
const w = Float64Array.of(0.5, 1, 0.5); // edge ids follow (source, target) order

/** A dense, independent transcription of Romero et al.'s Algorithm 1 (influence orientation). */
function dense(n: number, arcs: [number, number, number][], iterations: number): { I: number[]; P: number[] } {
  const W = Array.from({ length: n }, () => new Array<number>(n).fill(NaN));
  for (const [i, j, x] of arcs) W[i]![j] = x;
  const has = (i: number, j: number): boolean => !Number.isNaN(W[i]![j]!);
  const u = (i: number, j: number): number => {
    let d = 0;
    for (let k = 0; k < n; k++) if (has(k, j)) d += W[k]![j]!;
    return d > 0 ? W[i]![j]! / d : 0;
  };
  const v = (j: number, i: number): number => {
    let d = 0;
    for (let k = 0; k < n; k++) if (has(j, k)) d += 1 - W[j]![k]!;
    return d > 0 ? (1 - W[j]![i]!) / d : 0;
  };
  let I = new Array<number>(n).fill(1 / n);
  let P = new Array<number>(n).fill(1 / n);
  const norm = (x: number[]): number[] => {
    const s = x.reduce((a, b) => a + b, 0);
    return s > 0 ? x.map((y) => y / s) : x;
  };
  for (let t = 0; t < iterations; t++) {
    P = norm(P.map((_, i) => I.reduce((acc, Ij, j) => acc + (has(j, i) ? v(j, i) * Ij : 0), 0)));
    I = norm(I.map((_, i) => P.reduce((acc, Pj, j) => acc + (has(i, j) ? u(i, j) * Pj : 0), 0)));
  }
  return { I, P };
}

describe("influencePassivity", () => {
  it("works two iterations out by hand", () => {
    const r = influencePassivity(g, { weights: w, orientation: "influence", maxIterations: 2 });
    expect(r.iterations).toBe(2);
    expect(r.converged).toBe(false);
    expect(Array.from(r.influence)).toEqual([17 / 18, 1 / 18, 0].map((x) => expect.closeTo(x, 12)));
    expect(Array.from(r.passivity)).toEqual([0, 5 / 6, 1 / 6].map((x) => expect.closeTo(x, 12)));
  });

  it("gives the retweeted account all the influence in the doc example", () => {
    const d = SocialGraph.fromEdges([["b", "a"], ["c", "a"]], { directed: true });
    const r = influencePassivity(d);
    expect(r.get("a").influence).toBeCloseTo(1, 12);
    expect(r.get("b").passivity).toBeCloseTo(0.5, 12);
  });

  it("converges to x influential, y passive, and reports iterations", () => {
    const r = influencePassivity(g, { weights: w, orientation: "influence", tolerance: 1e-9 });
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeGreaterThan(5);
    expect(r.get("x").influence).toBeCloseTo(1, 8);
    expect(r.get("y").passivity).toBeCloseTo(1, 8);
    expect(r.lastChange).toBeLessThanOrEqual(1e-9);
    expect(r.rows()[0]).toEqual({ node: "x", influence: r.influence[0], passivity: r.passivity[0] });
  });

  it("reads the engagement orientation as reversed arcs", () => {
    const e = SocialGraph.fromEdges([["y", "x"], ["z", "x"], ["z", "y"]], { directed: true });
    const we = new Float64Array(e.size);
    we[e.edgeId(e.index("y"), e.index("x"))] = 0.5;
    we[e.edgeId(e.index("z"), e.index("x"))] = 1;
    we[e.edgeId(e.index("z"), e.index("y"))] = 0.5;
    const r = influencePassivity(e, { weights: we, maxIterations: 2 });
    expect(r.get("x").influence).toBeCloseTo(17 / 18, 12);
    expect(r.get("z").passivity).toBeCloseTo(1 / 6, 12);
  });

  it("matches a dense transcription of the algorithm on random digraphs (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (n, raw, iterations) => {
          const seen = new Set<string>();
          const arcs = raw
            .map(([a, b, x]) => [a % n, b % n, x] as [number, number, number])
            .filter(([a, b]) => a !== b && !seen.has(`${a},${b}`) && (seen.add(`${a},${b}`), true));
          if (arcs.length === 0) return;
          const d = SocialGraph.fromArrays(Int32Array.from(arcs, (a) => a[0]), Int32Array.from(arcs, (a) => a[1]), null, { directed: true, order: n });
          const weights = new Float64Array(d.size);
          for (const [a, b, x] of arcs) weights[d.edgeId(a, b)] = x;
          const r = influencePassivity(d, { weights, orientation: "influence", maxIterations: iterations, tolerance: 0 });
          const want = dense(n, arcs, iterations);
          for (let i = 0; i < n; i++) {
            expect(r.influence[i]).toBeCloseTo(want.I[i]!, 9);
            expect(r.passivity[i]).toBeCloseTo(want.P[i]!, 9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("raises stable error codes", () => {
    expect(code(() => influencePassivity(SocialGraph.fromEdges([["a", "b"]])))).toBe("UNSUPPORTED_GRAPH");
    expect(() => influencePassivity(SocialGraph.fromEdges([["a", "b"]]))).toThrow(
      "influencePassivity: needs a directed graph (arcs say who influenced whom)",
    );
    expect(code(() => influencePassivity(g, { tolerance: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => influencePassivity(g, { orientation: "up" as never }))).toBe("INVALID_OPTION");
    expect(code(() => influencePassivity(g, { weights: Float64Array.of(2, 0, 0) }))).toBe("INVALID_WEIGHT");
    expect(code(() => influencePassivity(g, { iterations: 3 } as never))).toBe("UNKNOWN_OPTION");
    const c = new AbortController();
    c.abort();
    expect(code(() => influencePassivity(g, { signal: c.signal }))).toBe("ABORTED");
  });
});
