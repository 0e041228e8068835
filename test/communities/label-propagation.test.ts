import { describe, expect, it } from "vitest";
import { SocialGraph, detectCommunities } from "../../src/index.js";

describe("detectCommunities (label-propagation)", () => {
  it("finds two cliques joined by one edge, whatever the seed", () => {
    const rows: [string, string][] = [];
    for (const side of ["a", "b"]) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) rows.push([`${side}${i}`, `${side}${j}`]);
    rows.push(["a0", "b0"]);
    const g = SocialGraph.fromEdges(rows);
    for (let seed = 0; seed < 10; seed++) {
      const p = detectCommunities(g, { algorithm: "label-propagation", seed });
      expect(p.communities().map((c) => c.sort())).toEqual([
        ["a0", "a1", "a2", "a3", "a4"],
        ["b0", "b1", "b2", "b3", "b4"],
      ]);
      expect(p.levels).toHaveLength(1);
    }
  });
  it("is deterministic for a seed, reads a directed graph as undirected, and stops within maxIterations", () => {
    const d = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["x", "y"], ["y", "z"], ["z", "x"]], { directed: true });
    const p = detectCommunities(d, { algorithm: "label-propagation", seed: 3 });
    expect(p.count).toBe(2);
    const q = detectCommunities(d, { algorithm: "label-propagation", seed: 3 });
    expect(Array.from(q.membership)).toEqual(Array.from(p.membership));
    const capped = detectCommunities(d, { algorithm: "label-propagation", seed: 3, maxIterations: 1 });
    expect(capped.info.iterations).toBe(1);
  });
});
