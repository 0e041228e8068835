import fc from "fast-check";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { SocialGraph, plantedSocialNetwork, scoreEngagementReach, strengthFromWeights, WEIGHT_STRENGTH_THRESHOLD } from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";
import { tiesFromStrength } from "../helpers/ties.js";


// a and b talk to hub; hub answers a; a also talks to b; c followed hub once.
const g = SocialGraph.fromEdges(
  [["a", "hub", 5], ["hub", "a", 5], ["b", "hub", 5], ["a", "b", 2], ["c", "hub", 1]],
  { directed: true },
);
function ties(): { strength: Float64Array; weak: Uint8Array; threshold: number } {
  const strength = new Float64Array(g.size);
  const set = (u: string, v: string, s: number): void => void (strength[g.edgeId(g.index(u), g.index(v))] = s);
  set("a", "hub", 0.8);
  set("hub", "a", 0.8);
  set("b", "hub", 0.7);
  set("a", "b", 0.5);
  set("c", "hub", 0.1);
  return tiesFromStrength(strength);
}

describe("scoreEngagementReach", () => {
  it("works a directed example out by hand", () => {
    const r = scoreEngagementReach(g, { ties: ties() });
    const hub = r.get("hub");
    expect(hub.reach).toBe(3);
    expect(hub.extendedReach).toBe(3);
    expect(hub.engagedAudience).toBeCloseTo(1.6, 12);
    expect(hub.engagedCount).toBe(2);
    expect(hub.engagementRate).toBeCloseTo(2 / 3, 12);
    // tau(a) = (1 + 1/2) / 2, tau(b) = (0 + 1/2) / 2, tau(c) = 0
    expect(hub.trust).toBeCloseTo((0.8 * 0.75 + 0.7 * 0.25) / 1.5, 12);
    expect(hub.attention).toBeCloseTo(5 / 7 + 1 + 1, 12);
    expect(hub.influence).toBeCloseTo((5 / 7) * 0.75 + 0.25, 12);
    expect(r.get("a")).toMatchObject({ reach: 1, engagedCount: 1, trust: expect.closeTo(0.75, 12), influence: expect.closeTo(0.75, 12) });
    expect(r.get("b").influence).toBeCloseTo((2 / 7) * 0.5, 12);
    expect(r.get("c")).toMatchObject({ reach: 0, engagementRate: 0, trust: 0, influence: 0, quadrant: "quiet" });
    // Median reach over nodes with reach > 0 is 1, median rate 1.
    expect(r.cutoffs).toEqual({ reach: 1, engagementRate: 1, minStrength: 0.5 });
    expect(r.get("hub").quadrant).toBe("broadcaster");
    expect(r.get("a").quadrant).toBe("power");
  });

  it("uses explicit cut-offs for the quadrants", () => {
    const r = scoreEngagementReach(g, { ties: ties(), reachCutoff: 2, engagementCutoff: 0.5 });
    expect(r.quadrant).toEqual(["engaged-core", "power", "engaged-core", "quiet"]);
  });

  it("treats the out and both audiences as the other arcs", () => {
    const out = scoreEngagementReach(g, { ties: ties(), audience: "out" });
    expect(out.get("a").reach).toBe(2); // a -> hub, a -> b
    expect(out.get("hub").reach).toBe(1);
    const both = scoreEngagementReach(g, { ties: ties(), audience: "both" });
    expect(both.get("a").reach).toBe(2); // hub (both ways, counted once) and b
    expect(both.get("a").engagedAudience).toBeCloseTo(0.8 + 0.5, 12);
  });

  it("on an undirected graph every tie is mutual and attention is the share of strength", () => {
    const u = SocialGraph.fromEdges([["x", "y", 3], ["y", "z", 1]]);
    const r = scoreEngagementReach(u, { ties: Float64Array.of(0.9, 0.2), minStrength: 0.5 });
    expect(r.get("y")).toMatchObject({ reach: 2, engagedCount: 1, engagementRate: 0.5 });
    // overlaps are 0 (no triangle), reciprocity 1: tau = 1/2; x gives all its weight to y, z too.
    expect(r.get("y").influence).toBeCloseTo(0.5 + 0.5, 12);
    expect(r.get("x").influence).toBeCloseTo((3 / 4) * 0.5, 12);
  });

  it("derives a default tie strength from weights", () => {
    const d = strengthFromWeights(g);
    expect(d.strength[g.edgeId(g.index("c"), g.index("hub"))]).toBeCloseTo(1 - Math.exp(-1 / 3.6), 12);
    expect(d.threshold).toBe(WEIGHT_STRENGTH_THRESHOLD);
    const r = scoreEngagementReach(g);
    expect(r.get("hub").engagedCount).toBe(2);
  });

  it("assigns scores into a graphology graph and lists rows", () => {
    const graph = new Graph({ type: "directed" });
    for (const k of g.keys()) graph.addNode(k);
    const r = scoreEngagementReach(g, { ties: ties() });
    r.assign(graph, "er_");
    expect(graph.getNodeAttribute("hub", "er_reach")).toBe(3);
    expect(graph.getNodeAttribute("hub", "er_quadrant")).toBe("broadcaster");
    expect(r.rows()).toHaveLength(4);
  });

  it("raises stable error codes", () => {
    expect(code(() => scoreEngagementReach(g, { ties: new Float64Array(2) }))).toBe("LENGTH_MISMATCH");
    expect(code(() => scoreEngagementReach(g, { ties: new Float64Array(g.size).fill(1.5) }))).toBe("INVALID_WEIGHT");
    expect(code(() => scoreEngagementReach(g, { ties: {} as never }))).toBe("INVALID_OPTION");
    expect(code(() => scoreEngagementReach(g, { audience: "up" as never }))).toBe("INVALID_OPTION");
    expect(code(() => scoreEngagementReach(g, { hops: 0 }))).toBe("INVALID_OPTION");
    expect(code(() => scoreEngagementReach(g, { minStrength: 2 }))).toBe("INVALID_OPTION");
    expect(code(() => scoreEngagementReach(g, { audiences: "in" } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => scoreEngagementReach(g).get("nobody"))).toBe("UNKNOWN_NODE");
    const c = new AbortController();
    c.abort();
    expect(code(() => scoreEngagementReach(g, { signal: c.signal }))).toBe("ABORTED");
  });

  it("keeps its scores in range on random planted graphs (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.boolean(), fc.constantFrom("in", "out", "both"), (seed, directed, audience) => {
        const { graph } = plantedSocialNetwork({ n: 60, averageDegree: 5, directed, seed });
        const r = scoreEngagementReach(graph, { audience: audience as "in" });
        for (let i = 0; i < graph.order; i++) {
          expect(r.engagedCount[i]!).toBeLessThanOrEqual(r.reach[i]!);
          expect(r.engagedAudience[i]!).toBeLessThanOrEqual(r.reach[i]! + 1e-9);
          expect(r.extendedReach[i]!).toBeGreaterThanOrEqual(r.reach[i]!);
          expect(r.trust[i]!).toBeGreaterThanOrEqual(0);
          expect(r.trust[i]!).toBeLessThanOrEqual(1 + 1e-12);
          expect(r.influence[i]!).toBeLessThanOrEqual(r.attention[i]! + 1e-9);
        }
        // Every member's attention shares sum to at most 1, so total attention is at most the number of members.
        expect(r.attention.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(graph.order + 1e-9);
      }),
      { numRuns: 40 },
    );
  });
});
