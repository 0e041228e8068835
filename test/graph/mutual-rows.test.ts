import { describe, expect, it } from "vitest";
import { SocialGraph } from "../../src/index.js";
import { mutualRows } from "../../src/graph/mutual-rows.js";

describe("mutualRows", () => {
  it("merges out- and in-rows of a directed graph, summing opposite arcs", () => {
    // 0→1 (2), 1→0 (3), 0→2 (5), 3→0 (7), 2→3 (1)
    const g = SocialGraph.fromArrays(Int32Array.from([0, 1, 0, 3, 2]), Int32Array.from([1, 0, 2, 0, 3]), Float64Array.from([2, 3, 5, 7, 1]), { directed: true });
    const { offsets, targets, weights } = mutualRows(g, g.edgeWeights);
    const row = (v: number) => Array.from({ length: offsets[v + 1]! - offsets[v]! }, (_, i) => [targets[offsets[v]! + i]!, weights[offsets[v]! + i]!]);
    expect(row(0)).toEqual([[1, 5], [2, 5], [3, 7]]);
    expect(row(1)).toEqual([[0, 5]]);
    expect(row(2)).toEqual([[0, 5], [3, 1]]);
    expect(row(3)).toEqual([[0, 7], [2, 1]]);
  });

  it("reads other per-edge weights by edge id, and an undirected graph's own rows", () => {
    const g = SocialGraph.fromArrays(Int32Array.from([0, 1]), Int32Array.from([1, 2]), Float64Array.from([4, 6]));
    const own = mutualRows(g, g.edgeWeights);
    expect(own.targets).toBe(g.targets);
    expect(own.weights).toBe(g.weights);
    const other = mutualRows(g, Float64Array.from([10, 20]));
    expect(Array.from(other.weights)).toEqual([10, 10, 20, 20]);
  });
});
