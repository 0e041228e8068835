import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SocialGraph, plantedSocialNetwork, simulateActivation } from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";


/** Exact expected IC spread by enumerating every live-edge world (each arc live with its probability). */
function exactSpread(n: number, arcs: [number, number, number][], seeds: number[]): { spread: number; perNode: number[] } {
  let spread = 0;
  const perNode = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << arcs.length; mask++) {
    let pr = 1;
    const adj: number[][] = Array.from({ length: n }, () => []);
    arcs.forEach(([u, v, p], k) => {
      if (mask & (1 << k)) (pr *= p), adj[u]!.push(v);
      else pr *= 1 - p;
    });
    const seen = new Set(seeds);
    const stack = [...seeds];
    while (stack.length) for (const v of adj[stack.pop()!]!) if (!seen.has(v)) (seen.add(v), stack.push(v));
    spread += pr * seen.size;
    for (const v of seen) perNode[v]! += pr;
  }
  return { spread, perNode };
}

describe("simulateActivation", () => {
  it("traces a certain cascade step by step", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
    const r = simulateActivation(g, { seeds: ["a"], probability: 1, runs: 10 });
    expect(Array.from(r.mean)).toEqual([1, 2, 3]);
    expect(Array.from(r.std)).toEqual([0, 0, 0]);
    expect(r.steps).toBe(2);
    expect(r.finalReach).toBe(3);
    expect(r.timeToHalf).toBe(0.5);
    expect(r.get("c")).toBe(1);
    expect(r.rows()[1]).toEqual({ step: 1, mean: 2, lower: 2, upper: 2 });
  });

  it("matches the exact live-edge expectation of the independent cascade", () => {
    // Directed arcs u -> v meaning "u engages v": the spread runs backwards (direction "in") by default.
    const arcs: [number, number, number][] = [[1, 0, 0.6], [2, 0, 0.3], [3, 1, 0.5], [3, 2, 0.8], [4, 3, 0.4], [2, 4, 0.7], [0, 4, 0.2]];
    const g = SocialGraph.fromArrays(Int32Array.from(arcs, (a) => a[0]), Int32Array.from(arcs, (a) => a[1]), null, { directed: true, order: 5 });
    const strength = new Float64Array(g.size);
    for (const [u, v, p] of arcs) strength[g.edgeId(u, v)] = p;
    // Spreading arcs are the reversed ones.
    const want = exactSpread(5, arcs.map(([u, v, p]) => [v, u, p] as [number, number, number]), [0]);
    const runs = 20_000;
    const r = simulateActivation(g, { seeds: ["0"], probability: strength, runs, seed: 3 });
    expect(Math.abs(r.finalReach - want.spread)).toBeLessThan((4 * r.finalReachStd) / Math.sqrt(runs));
    for (let v = 0; v < 5; v++) {
      const p = want.perNode[v]!;
      expect(Math.abs(r.activationProbability[v]! - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / runs) + 1e-12);
    }
    // direction "out" follows the arcs forwards.
    const out = exactSpread(5, arcs, [3]);
    const ro = simulateActivation(g, { seeds: ["3"], probability: strength, direction: "out", runs, seed: 4 });
    expect(Math.abs(ro.finalReach - out.spread)).toBeLessThan((4 * ro.finalReachStd) / Math.sqrt(runs));
  });

  it("linear threshold activates a node with the probability of its incoming weight", () => {
    // v has in-weights 0.3 (from a) and 0.5 (from b); with only a active, P(v) = 0.3.
    const g = SocialGraph.fromEdges([["a", "v"], ["b", "v"]], { directed: true });
    const runs = 20_000;
    const strength = new Float64Array(g.size);
    strength[g.edgeId(g.index("a"), g.index("v"))] = 0.3;
    strength[g.edgeId(g.index("b"), g.index("v"))] = 0.5;
    const r = simulateActivation(g, { seeds: ["a"], model: "linear-threshold", probability: strength, direction: "out", runs, seed: 1 });
    expect(Math.abs(r.get("v") - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / runs));
    // Weights into v that sum above 1 are scaled to sum 1: with 0.9 + 0.9, P(v | a) = 0.5.
    const heavy = simulateActivation(g, { seeds: ["a"], model: "linear-threshold", probability: 0.9, direction: "out", runs, seed: 1 });
    expect(Math.abs(heavy.get("v") - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / runs));
  });

  it("the threshold model needs that many active neighbours", () => {
    // v sees a and b; w sees only a.
    const g = SocialGraph.fromEdges([["a", "v"], ["b", "v"], ["a", "w"]]);
    const r = simulateActivation(g, { seeds: ["a", "b"], model: "threshold", threshold: 2, runs: 3 });
    expect(r.get("v")).toBe(1);
    expect(r.get("w")).toBe(0);
    expect(Array.from(r.mean)).toEqual([2, 3]);
  });

  it("is deterministic for a seed", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["a", "d"], ["b", "d"]]);
    const one = simulateActivation(g, { seeds: ["a"], probability: 0.4, runs: 50, seed: 9 });
    const two = simulateActivation(g, { seeds: ["a"], probability: 0.4, runs: 50, seed: 9 });
    expect(Array.from(one.mean)).toEqual(Array.from(two.mean));
    expect(one.lower[1]!).toBeLessThanOrEqual(one.mean[1]!);
    expect(one.upper[1]!).toBeGreaterThanOrEqual(one.mean[1]!);
  });

  it("gives the seeds alone when nothing can spread", () => {
    const g = SocialGraph.fromEdges([["a", "b"]], { nodes: ["z"] });
    const r = simulateActivation(g, { seeds: ["z"], runs: 5 });
    expect(Array.from(r.mean)).toEqual([1]);
    expect(r.timeToHalf).toBe(0);
  });

  it("gives a non-decreasing mean curve inside its band, ending at the final reach (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom("independent-cascade", "linear-threshold", "threshold"),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, model, probability) => {
          const { graph } = plantedSocialNetwork({ n: 80, averageDegree: 4, seed });
          const r = simulateActivation(graph, { seeds: ["0", "1"], model: model as "threshold", probability, runs: 20, seed });
          expect(r.mean[0]).toBe(2);
          for (let t = 1; t < r.mean.length; t++) expect(r.mean[t]!).toBeGreaterThanOrEqual(r.mean[t - 1]!);
          for (let t = 0; t < r.mean.length; t++) {
            expect(r.lower[t]!).toBeLessThanOrEqual(r.mean[t]! + 1e-9);
            expect(r.upper[t]!).toBeGreaterThanOrEqual(r.mean[t]! - 1e-9);
          }
          expect(r.mean[r.mean.length - 1]).toBeCloseTo(r.finalReach, 9);
          expect(r.activationProbability.reduce((a, b) => a + b, 0)).toBeCloseTo(r.finalReach, 9);
          expect(r.timeToHalf).toBeLessThanOrEqual(r.steps);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("raises stable error codes", () => {
    const g = SocialGraph.fromEdges([["a", "b"]]);
    expect(code(() => simulateActivation(g))).toBe("INVALID_OPTION");
    expect(code(() => simulateActivation(g, { seeds: [] }))).toBe("INVALID_OPTION");
    expect(code(() => simulateActivation(g, { seeds: ["nobody"] }))).toBe("UNKNOWN_NODE");
    expect(code(() => simulateActivation(g, { seeds: ["a"], probability: 1.5 }))).toBe("INVALID_OPTION");
    expect(code(() => simulateActivation(g, { seeds: ["a"], probability: Float64Array.of(-1) }))).toBe("INVALID_WEIGHT");
    expect(code(() => simulateActivation(g, { seeds: ["a"], probability: Float64Array.of(1, 1) }))).toBe("LENGTH_MISMATCH");
    expect(code(() => simulateActivation(g, { seeds: ["a"], model: "sir" as never }))).toBe("INVALID_OPTION");
    expect(code(() => simulateActivation(g, { seeds: ["a"], runs: 0 }))).toBe("INVALID_OPTION");
    expect(code(() => simulateActivation(g, { seeds: ["a"], steps: 3 } as never))).toBe("UNKNOWN_OPTION");
    const c = new AbortController();
    c.abort();
    expect(code(() => simulateActivation(g, { seeds: ["a"], signal: c.signal }))).toBe("ABORTED");
  });
});
