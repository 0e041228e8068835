import { describe, expect, it } from "vitest";
import { SocialGraph, karateClub, localBridges, weakTieBridges, type TieStrengthLike } from "../../src/index.js";

/** A hand-made tie-strength result: strengths by edge key "u-v", weak below `threshold`. */
function handTies(g: SocialGraph, strengths: Record<string, number>, fallback: number, threshold = 0.5): TieStrengthLike {
  const strength = new Float64Array(g.size).fill(fallback);
  for (const [pair, s] of Object.entries(strengths)) {
    const [u, v] = pair.split("-") as [string, string];
    strength[g.edgeId(g.index(u), g.index(v))] = s;
  }
  return { strength, weak: Uint8Array.from(strength, (s) => (s < threshold ? 1 : 0)), threshold };
}

// triangles a-b-c and d-e-f joined by c-d and b-e (both local bridges, span 3, equal betweenness)
const twoTriangles = () =>
  SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["d", "e"], ["e", "f"], ["f", "d"], ["c", "d"], ["b", "e"]]);
const sides = { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 };

describe("weakTieBridges", () => {
  it("ranks a weak global bridge between two communities first with score 1 and its reasons", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"], ["d", "e"], ["e", "f"], ["f", "d"]]);
    const r = weakTieBridges(g, { partition: sides });
    expect(r.count).toBe(1);
    const top = r.rows()[0]!;
    expect(top).toMatchObject({ source: "c", target: "d", score: 1, globalBridge: true, localBridge: true, span: Infinity, communities: [0, 1], crossesCommunities: true, overlap: 0, strength: null, weak: true });
    // 9 of the 15 pairs cross c-d
    expect(top.betweenness).toBeCloseTo(9 / 15, 12);
    expect(top.reasons).toEqual(["global bridge", "joins communities 0 and 1", "edge betweenness 0.600 (highest)", "overlap 0.000"]);
  });

  it("keeps only weak ties and applies the documented score", () => {
    const g = twoTriangles();
    const ties = handTies(g, { "c-d": 0.2, "b-e": 0.6 }, 0.9);
    const r = weakTieBridges(g, { ties, partition: sides });
    expect(r.rows().map((x) => `${x.source}-${x.target}`)).toEqual(["c-d"]);
    // (1 - 0.2) * (1 - 0) * (1 + 1) * (1 + 1) / 4
    expect(r.get("c", "d").score).toBeCloseTo(0.8, 12);
    expect(r.get("c", "d").span).toBe(3);
    expect(r.get("c", "d").reasons).toContain("local bridge, span 3");
    expect(r.get("c", "d").reasons).toContain("weak tie, strength 0.200 (threshold 0.500)");
    // the strong bridge b-e: (1 - 0.6) * 1 * 2 * 2 / 4
    expect(r.get("b", "e").score).toBeCloseTo(0.4, 12);
    expect(r.get("b", "e").weak).toBe(false);
    // a-b: overlap 1 / ((2 - 1) + (3 - 1) - 1) = 0.5, strong
    expect(r.get("a", "b").overlap).toBeCloseTo(0.5, 12);
    const every = weakTieBridges(g, { ties, partition: sides, all: true });
    expect(every.count).toBe(g.size);
    expect(every.rows(2).map((x) => `${x.source}-${x.target}`)).toEqual(["c-d", "b-e"]);
  });

  it("degrades to a structural ranking without ties and partition", () => {
    const g = twoTriangles();
    const r = weakTieBridges(g);
    expect(r.rows().map((x) => `${x.source}-${x.target}`).sort()).toEqual(["b-e", "c-d"]);
    expect(r.rows()[0]!.communities).toBeNull();
    expect(r.rows()[0]!.score).toBeCloseTo(0.5, 12); // (1 - 0)(1 - 0)(1 + 1)(1 + 0) / 4
  });

  it("on karate: every ranked edge is weak and bridging, scores descend and match their ingredients", () => {
    const { graph: g, clubs } = karateClub();
    const max = Math.max(...g.edgeWeights);
    const strength = Float64Array.from(g.edgeWeights, (w) => w / max);
    const ties: TieStrengthLike = { strength, weak: Uint8Array.from(strength, (s) => (s < 0.4 ? 1 : 0)), threshold: 0.4 };
    const r = weakTieBridges(g, { ties, partition: Object.fromEntries(clubs.map((c, i) => [String(i), c])) });
    const local = localBridges(g);
    const rows = r.rows();
    expect(rows.length).toBeGreaterThan(0);
    const bMax = Math.max(...Array.from({ length: g.size }, (_, e) => r.get(g.key(g.edgeSources[e]!), g.key(g.edgeTargets[e]!)).betweenness));
    rows.forEach((x, k) => {
      expect(x.weak).toBe(true);
      expect(x.localBridge || x.crossesCommunities).toBe(true);
      expect(x.localBridge).toBe(local.isLocalBridge[x.edge] === 1);
      if (k > 0) expect(x.score).toBeLessThanOrEqual(rows[k - 1]!.score);
      const want = ((1 - x.strength!) * (1 - x.overlap) * (1 + x.betweenness / bMax) * (x.crossesCommunities ? 2 : 1)) / 4;
      expect(x.score).toBeCloseTo(want, 12);
      // overlap by its definition, from the neighbour sets
      const a = new Set(g.neighbors(g.index(x.source)));
      const nb = Array.from(g.neighbors(g.index(x.target)));
      const common = nb.filter((y) => a.has(y)).length;
      const denom = a.size - 1 + (nb.length - 1) - common;
      expect(x.overlap).toBeCloseTo(denom > 0 ? common / denom : 0, 12);
    });
    const graph = g.toGraphology();
    r.assign(graph);
    expect(graph.getEdgeAttribute(graph.edge(rows[0]!.source, rows[0]!.target), "weakTieBridgeScore")).toBe(rows[0]!.score);
  });

  it("validates its input", () => {
    const g = twoTriangles();
    const ok = handTies(g, {}, 0.3);
    expect(() => weakTieBridges(SocialGraph.fromEdges([["a", "b"]], { directed: true }))).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_GRAPH" }));
    expect(() => weakTieBridges(g, { ties: { ...ok, strength: new Float64Array(2) } })).toThrowError(expect.objectContaining({ code: "LENGTH_MISMATCH" }));
    expect(() => weakTieBridges(g, { ties: { ...ok, strength: new Float64Array(g.size).fill(2) } })).toThrowError(expect.objectContaining({ code: "INVALID_WEIGHT" }));
    expect(() => weakTieBridges(g, { ties: new Float64Array(g.size) as never })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => weakTieBridges(g, { partition: [0, 1] })).toThrowError(expect.objectContaining({ code: "LENGTH_MISMATCH" }));
    expect(() => weakTieBridges(g, { partition: { a: 0 } })).toThrowError(expect.objectContaining({ code: "INVALID_PARTITION" }));
    expect(() => weakTieBridges(g, { tie: ok } as never)).toThrowError(expect.objectContaining({ code: "UNKNOWN_OPTION" }));
    expect(() => weakTieBridges(g).get("a", "f")).toThrowError(expect.objectContaining({ code: "UNKNOWN_EDGE" }));
    const controller = new AbortController();
    controller.abort();
    expect(() => weakTieBridges(g, { signal: controller.signal })).toThrowError(expect.objectContaining({ code: "ABORTED" }));
    expect(weakTieBridges(SocialGraph.fromEdges([])).count).toBe(0);
  });
});
