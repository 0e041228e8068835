import { describe, expect, it } from "vitest";
import { SocialGraph, resolveEdgeWeights, resolveMembership } from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";

const g = SocialGraph.fromEdges([["a", "b", 2], ["b", "c", 3]]);


describe("resolveEdgeWeights", () => {
  it("defaults to the graph's weights and accepts arrays and tie-strength results", () => {
    expect(resolveEdgeWeights("f", g, undefined)).toBe(g.edgeWeights);
    const w = Float64Array.of(0.5, 0.25);
    expect(resolveEdgeWeights("f", g, w)).toBe(w);
    expect(resolveEdgeWeights("f", g, { strength: w })).toBe(w);
  });
  it("rejects wrong lengths, bad values and other types", () => {
    expect(code(() => resolveEdgeWeights("f", g, Float64Array.of(1)))).toBe("LENGTH_MISMATCH");
    expect(code(() => resolveEdgeWeights("f", g, Float64Array.of(1, Number.NaN)))).toBe("INVALID_WEIGHT");
    expect(() => resolveEdgeWeights("f", g, Float64Array.of(1, -1))).toThrow(/edge 1 \("b" - "c"\) has weight -1/);
    expect(code(() => resolveEdgeWeights("f", g, [1, 2] as never))).toBe("INVALID_OPTION");
  });
});

describe("resolveMembership", () => {
  it("accepts arrays, partitions, maps and objects, numbering communities by first appearance", () => {
    expect(Array.from(resolveMembership("f", g, [7, 7, 3]).membership)).toEqual([0, 0, 1]);
    expect(resolveMembership("f", g, { membership: Int32Array.of(1, 0, 0) }).labels).toEqual([1, 0]);
    const m = resolveMembership("f", g, new Map([["a", "x"], ["b", "y"], ["c", "x"]]));
    expect(Array.from(m.membership)).toEqual([0, 1, 0]);
    expect(m.count).toBe(2);
    expect(resolveMembership("f", g, { a: "x", b: "x", c: "x" }).count).toBe(1);
  });
  it("names the node without a community and rejects unknown keys", () => {
    expect(() => resolveMembership("f", g, { a: 1, b: 1 })).toThrow(/node "c" has no community/);
    expect(code(() => resolveMembership("f", g, { a: 1, b: 1, c: 1, d: 2 }))).toBe("UNKNOWN_NODE");
    expect(code(() => resolveMembership("f", g, [0, 1]))).toBe("LENGTH_MISMATCH");
    expect(code(() => resolveMembership("f", g, [0, 1.5, 2]))).toBe("INVALID_PARTITION");
  });
});
