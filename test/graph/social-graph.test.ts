import { describe, expect, it } from "vitest";
import { SocialGraph } from "../../src/index.js";

describe("SocialGraph.fromEdges", () => {
  it("builds sorted CSR rows with summed parallel edges", () => {
    const g = SocialGraph.fromEdges([["a", "b", 2], ["b", "c"], ["c", "a", 1], ["b", "a", 3]]);
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(Array.from(g.offsets)).toEqual([0, 2, 4, 6]);
    expect(Array.from(g.targets)).toEqual([1, 2, 0, 2, 0, 1]);
    expect(g.edgeWeight(g.edgeId(0, 1))).toBe(5);
    expect(g.buildReport.parallelEdgesMerged).toBe(1);
  });
});
