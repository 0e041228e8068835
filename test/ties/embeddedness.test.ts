import { describe, expect, it } from "vitest";
import { SocialGraph, edgeEmbeddedness, karateClub } from "../../src/index.js";

describe("edgeEmbeddedness", () => {
  it("counts common neighbours per edge on a triangle with a pendant", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
    const emb = edgeEmbeddedness(g);
    expect(emb[g.edgeId(g.index("a"), g.index("b"))]).toBe(1);
    expect(emb[g.edgeId(g.index("c"), g.index("d"))]).toBe(0);
  });
  it("ignores direction on directed graphs and reports per arc", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "a"], ["b", "c"], ["c", "a"]], { directed: true });
    expect(Array.from(edgeEmbeddedness(g))).toEqual([1, 1, 1, 1]);
  });
  it("matches a brute-force count of common neighbours on karate", () => {
    const { graph: g } = karateClub();
    const emb = edgeEmbeddedness(g);
    for (let e = 0; e < g.size; e++) {
      const a = new Set(g.neighbors(g.edgeSources[e]!));
      const common = Array.from(g.neighbors(g.edgeTargets[e]!)).filter((x) => a.has(x)).length;
      expect(emb[e]).toBe(common);
    }
  });
});
