import { describe, expect, it } from "vitest";
import { SocialGraph, approximateBetweenness, betweenness, karateClub } from "../../src/index.js";
import { load } from "./parity.js";

/** Number of seeds (of `seeds`) whose estimate is within epsilon of `exact` on every node. */
function withinEpsilon(g: SocialGraph, exact: ArrayLike<number>, epsilon: number, seeds: number, weights: Float64Array | null = null): number {
  let ok = 0;
  for (let seed = 0; seed < seeds; seed++) {
    const est = approximateBetweenness(g, { epsilon, seed, weights });
    let worst = 0;
    for (let i = 0; i < g.order; i++) worst = Math.max(worst, Math.abs(est.values[i]! - exact[i]!));
    if (worst <= epsilon) ok++;
  }
  return ok;
}

describe("approximateBetweenness", () => {
  it("stays within epsilon of exact betweenness on karate for at least 95 of 100 seeds", () => {
    const { graph } = karateClub({ weighted: false });
    expect(withinEpsilon(graph, betweenness(graph).values, 0.05, 100)).toBeGreaterThanOrEqual(95);
  });

  it("stays within epsilon on football (NetworkX exact values) for at least 95 of 100 seeds", () => {
    const { f, g } = load("football");
    expect(withinEpsilon(g, f.betweennessNormalized as number[], 0.05, 100)).toBeGreaterThanOrEqual(95);
  });

  it("stays within epsilon on weighted karate and on a digraph (NetworkX exact values)", () => {
    const k = load("karate-weighted");
    expect(withinEpsilon(k.g, k.f.betweennessWeightedNormalized as number[], 0.05, 20, k.g.edgeWeights)).toBeGreaterThanOrEqual(19);
    const d = load("digraph-0");
    expect(withinEpsilon(d.g, d.f.betweennessNormalized as number[], 0.05, 20)).toBeGreaterThanOrEqual(19);
  });

  it("uses the Riondato-Kornaropoulos sample size with the vertex-diameter bound", () => {
    // path a-b-c-d-e: BFS from a gives eccentricity 4, bound min(5, 2*4 + 1) = 5 nodes.
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"]]);
    const est = approximateBetweenness(g, { epsilon: 0.1, delta: 0.1, seed: 2 });
    expect(est.vertexDiameter).toBe(5);
    const eps = (0.1 * 3) / 5;
    expect(est.samples).toBe(Math.ceil((0.5 / (eps * eps)) * (Math.floor(Math.log2(3)) + 1 + Math.log(10))));
    // the ends of a path are never interior
    expect(est.get("a")).toBe(0);
    expect(est.get("e")).toBe(0);
    // same seed, same answer
    expect(Array.from(approximateBetweenness(g, { epsilon: 0.1, seed: 2 }).values)).toEqual(Array.from(est.values));
    expect(est.rows()[0]).toEqual({ node: "a", betweenness: 0 });
  });

  it("returns zeros without sampling on tiny graphs and validates options", () => {
    const tiny = approximateBetweenness(SocialGraph.fromEdges([["a", "b"]]));
    expect(tiny.samples).toBe(0);
    expect(Array.from(tiny.values)).toEqual([0, 0]);
    const { graph } = karateClub();
    expect(() => approximateBetweenness(graph, { epsilon: 0 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => approximateBetweenness(graph, { delta: 1 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => approximateBetweenness(graph, { eps: 0.1 } as never)).toThrowError(expect.objectContaining({ code: "UNKNOWN_OPTION" }));
    const controller = new AbortController();
    controller.abort();
    expect(() => approximateBetweenness(graph, { signal: controller.signal })).toThrowError(expect.objectContaining({ code: "ABORTED" }));
    const progress: number[] = [];
    approximateBetweenness(graph, { epsilon: 0.2, onProgress: (f) => progress.push(f) });
    expect(progress.at(-1)).toBe(1);
  });
});
