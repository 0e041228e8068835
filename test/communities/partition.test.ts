import { describe, expect, it } from "vitest";
import Graph from "graphology";
import fc from "fast-check";
import { SocialGraph, detectCommunities } from "../../src/index.js";
import { renumberBySize } from "../../src/communities/partition.js";

// A 4-clique {a,b,c,d} and a triangle {x,y,z} joined by one edge, plus a lone pair {p,q}.
const g = SocialGraph.fromEdges([
  ["x", "y"], ["y", "z"], ["z", "x"],
  ["a", "b"], ["a", "c"], ["a", "d"], ["b", "c"], ["b", "d"], ["c", "d"],
  ["z", "a"],
  ["p", "q"],
]);

describe("Partition", () => {
  const parts = detectCommunities(g, { seed: 3 });
  it("numbers communities 0..count-1 by decreasing size", () => {
    expect(parts.count).toBe(3);
    expect(Array.from(parts.sizes)).toEqual([4, 3, 2]);
    expect(parts.get("a")).toBe(0);
    expect(parts.get("x")).toBe(1);
    expect(parts.get("q")).toBe(2);
  });
  it("lists communities as node keys, largest first", () => {
    expect(parts.communities()).toEqual([["a", "b", "c", "d"], ["x", "y", "z"], ["p", "q"]]);
  });
  it("gives one row per node and writes back to graphology", () => {
    expect(parts.rows()[0]).toEqual({ node: "x", community: 1 });
    expect(parts.rows()).toHaveLength(g.order);
    const gg = new Graph();
    for (const k of g.keys()) gg.addNode(k);
    gg.addNode("elsewhere");
    parts.assign(gg);
    expect(gg.getNodeAttribute("b", "community")).toBe(0);
    expect(gg.getNodeAttribute("elsewhere", "community")).toBeUndefined();
    parts.assign(gg, "group");
    expect(gg.getNodeAttribute("p", "group")).toBe(2);
  });
  it("has modularity equal to the hand value and levels ending at membership", () => {
    // m = 11; inside: 6 + 3 + 1 = 10 edges; degree sums 13, 7, 2 over 2m = 22.
    const q = 10 / 11 - (13 * 13 + 7 * 7 + 2 * 2) / (22 * 22);
    expect(parts.modularity).toBeCloseTo(q, 14);
    expect(parts.quality).toBe(parts.modularity);
    expect(Array.from(parts.levels.at(-1)!)).toEqual(Array.from(parts.membership));
    expect(parts.info).toMatchObject({ algorithm: "leiden", objective: "modularity", resolution: 1, seed: 3 });
  });
  it("numbers the levels once, from the run's labels, whatever is later written to membership", () => {
    const p = detectCommunities(g, { algorithm: "louvain", seed: 1 });
    const expected = Array.from(p.membership);
    p.membership.fill(0);
    const levels = p.levels;
    expect(p.levels).toBe(levels);
    expect(Object.isFrozen(levels)).toBe(true);
    expect(Array.from(levels.at(-1)!)).toEqual(expected);
    for (const level of levels) expect(level).toHaveLength(g.order);
  });
  it("throws UNKNOWN_NODE from get for a missing key", () => {
    expect(() => parts.get("nobody")).toThrowError(expect.objectContaining({ code: "UNKNOWN_NODE" }));
  });
});

describe("renumberBySize", () => {
  // The rule written out directly: sort the used labels by (size descending, first index ascending).
  function byRule(labels: number[]): number[] {
    const size = new Map<number, number>();
    const first = new Map<number, number>();
    labels.forEach((c, i) => {
      size.set(c, (size.get(c) ?? 0) + 1);
      if (!first.has(c)) first.set(c, i);
    });
    const order = [...size.keys()].sort((x, y) => size.get(y)! - size.get(x)! || first.get(x)! - first.get(y)!);
    const rank = new Map(order.map((c, k) => [c, k]));
    return labels.map((c) => rank.get(c)!);
  }
  it("numbers by decreasing size, ties by first node, on random labellings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }).chain((bound) => fc.tuple(fc.constant(bound), fc.array(fc.integer({ min: 0, max: bound - 1 }), { minLength: 1, maxLength: 200 }))), ([bound, labels]) => {
        const { membership, count } = renumberBySize(Int32Array.from(labels), bound);
        expect(Array.from(membership)).toEqual(byRule(labels));
        expect(count).toBe(new Set(labels).size);
      }),
      { numRuns: 300 },
    );
  });
  it("leaves its input alone", () => {
    const labels = Int32Array.from([5, 5, 2, 7, 2, 5]);
    expect(Array.from(renumberBySize(labels, 8).membership)).toEqual([0, 0, 1, 2, 1, 0]);
    expect(Array.from(labels)).toEqual([5, 5, 2, 7, 2, 5]);
  });
});
