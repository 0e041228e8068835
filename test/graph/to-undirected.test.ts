import { describe, expect, it } from "vitest";
import { SocialGraph, TiescopeError, toUndirected } from "../../src/index.js";

describe("toUndirected", () => {
  const d = SocialGraph.fromEdges([["a", "b", 2], ["b", "a", 3], ["b", "c", 1]], { directed: true });

  it("merges reciprocal arcs with the chosen rule and keeps node indices", () => {
    const sum = toUndirected(d);
    expect(sum.directed).toBe(false);
    expect(sum.keys()).toEqual(d.keys());
    expect(Array.from(sum.edgeWeights)).toEqual([5, 1]);
    expect(Array.from(toUndirected(d, { merge: "max" }).edgeWeights)).toEqual([3, 1]);
    expect(Array.from(toUndirected(d, { merge: "min" }).edgeWeights)).toEqual([2, 1]);
  });

  it("keeps unweighted graphs unweighted (weight 1, not 2, for a reciprocal pair)", () => {
    const u = toUndirected(SocialGraph.fromEdges([["a", "b"], ["b", "a"]], { directed: true }));
    expect(u.weighted).toBe(false);
    expect(Array.from(u.edgeWeights)).toEqual([1]);
  });

  it("returns an undirected graph unchanged and rejects unknown merge rules", () => {
    const u = SocialGraph.fromEdges([["a", "b"]]);
    expect(toUndirected(u)).toBe(u);
    expect(() => toUndirected(d, { merge: "mean" as never })).toThrow(TiescopeError);
  });
});
