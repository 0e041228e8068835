import { describe, expect, it } from "vitest";
import { SocialGraph, weakTieOpportunities, type TieStrengthLike } from "../../src/index.js";

describe("weakTieOpportunities", () => {
  // ego in community A = {ego, a1, a2}; B = {b1, b2}; C = {c1, c2, c3}; D = {d1}
  // ego: strong to a1 and b1, weak to b2 (B already strongly reached), c1, d1.
  // a2 also reaches C (a2-c2), nobody else from A reaches D.
  const g = SocialGraph.fromEdges([
    ["ego", "a1"], ["ego", "b1"], ["ego", "b2"], ["ego", "c1"], ["ego", "d1"],
    ["a1", "a2"], ["a2", "c2"], ["b1", "b2"], ["c1", "c2"], ["c2", "c3"], ["c1", "c3"],
  ]);
  const partition = { ego: "A", a1: "A", a2: "A", b1: "B", b2: "B", c1: "C", c2: "C", c3: "C", d1: "D" };
  const strength = new Float64Array(g.size).fill(0.2);
  for (const [u, v] of [["ego", "a1"], ["ego", "b1"]] as const) strength[g.edgeId(g.index(u), g.index(v))] = 0.9;
  const ties: TieStrengthLike = { strength, weak: Uint8Array.from(strength, (s) => (s < 0.5 ? 1 : 0)), threshold: 0.5 };

  it("lists weak ties into communities without a strong tie, ranked by size / (1 + others reaching)", () => {
    const r = weakTieOpportunities(g, "ego", { ties, partition });
    expect(r.community).toBe("A");
    expect(r.stronglyTied).toEqual(["B"]);
    const rows = r.rows();
    expect(rows.map((x) => x.neighbor)).toEqual(["c1", "d1"]);
    // C: 3 people, reached by a2 too: 3 / 2; D: 1 person, unreached: 1 / 1
    expect(rows[0]).toMatchObject({ neighbor: "c1", community: "C", communitySize: 3, othersReaching: 1, contactTiesInside: 2, strength: 0.2, score: 1.5 });
    expect(rows[1]).toMatchObject({ neighbor: "d1", community: "D", communitySize: 1, othersReaching: 0, contactTiesInside: 0, score: 1 });
  });

  it("treats every tie as weak without ties", () => {
    const r = weakTieOpportunities(g, "ego", { partition });
    expect(r.rows().map((x) => x.neighbor)).toEqual(["b1", "b2", "c1", "d1"]);
    expect(r.rows()[0]!.strength).toBeNull();
    expect(r.stronglyTied).toEqual([]);
  });

  it("has no opportunity for an isolate and validates its input", () => {
    const h = SocialGraph.fromEdges([["a", "b"]], { nodes: ["z"] });
    expect(weakTieOpportunities(h, "z", { partition: [0, 0, 1] }).count).toBe(0);
    expect(() => weakTieOpportunities(g, "ego")).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => weakTieOpportunities(g, "nobody", { partition })).toThrowError(expect.objectContaining({ code: "UNKNOWN_NODE" }));
    expect(() => weakTieOpportunities(g, "ego", { partition, seed: 1 } as never)).toThrowError(expect.objectContaining({ code: "UNKNOWN_OPTION" }));
    expect(() => weakTieOpportunities(SocialGraph.fromEdges([["a", "b"]], { directed: true }), "a", { partition: [0, 1] })).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_GRAPH" }));
  });
});
