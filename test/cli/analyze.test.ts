import { describe, expect, it } from "vitest";
import { analyze } from "../../src/cli/analyze.js";
import { REPORT_DEFAULTS } from "../../src/cli/args.js";
import { UsageError } from "../../src/cli/errors.js";
import { loadInput } from "../../src/cli/load.js";
import type { ReportModel } from "../../src/cli/model.js";
import { fixture } from "./helpers.js";

// Two triangles ana-ben-cruz (weights 12, 9, 7) and dev-eli-fay (8, 6, 5) joined by cruz-dev (1);
// ground truth left/right. Expected values below are worked by hand in the comments.
async function twoTriangles(over: Partial<typeof REPORT_DEFAULTS> = {}): Promise<ReportModel> {
  const args = { ...REPORT_DEFAULTS, input: fixture("edges.tsv"), communities: fixture("communities.txt"), ...over };
  return analyze(await loadInput(args), args, { version: "test" });
}
const L13 = Math.log(13);
// strength = 0.5 log(1 + w) / log 13 + 0.5 overlap; overlap = c / (k_u - 1 + k_v - 1 - c)
const S = {
  ab: 0.5 + 0.5 * 1,
  ac: (0.5 * Math.log(10)) / L13 + 0.5 * 0.5,
  bc: (0.5 * Math.log(8)) / L13 + 0.5 * 0.5,
  cd: (0.5 * Math.log(2)) / L13,
  de: (0.5 * Math.log(9)) / L13 + 0.5 * 0.5,
  df: (0.5 * Math.log(7)) / L13 + 0.5 * 0.5,
  ef: (0.5 * Math.log(6)) / L13 + 0.5 * 1,
};

describe("analyze (interim sections) on two triangles joined by one tie", () => {
  it("computes the graph statistics", async () => {
    const m = await twoTriangles();
    expect(m.stats).toMatchObject({ nodes: 6, edges: 7, components: 1, largestComponent: 6, isolates: 0, triangles: 2, maxDegree: 3, totalWeight: 48 });
    expect(m.stats.transitivity).toBeCloseTo(0.6, 12); // 3 × 2 triangles / 10 connected triples
    expect(m.stats.density).toBeCloseTo(7 / 15, 12);
    expect(Array.from(m.degree)).toEqual([2, 2, 3, 3, 2, 2]);
    expect(Array.from(m.strength)).toEqual([21, 19, 17, 15, 13, 11]);
  });

  it("scores ties: weak below the median strength (dev-eli's)", async () => {
    const m = await twoTriangles();
    const byPair = new Map<string, number>();
    const edges = [["ana", "ben", "ab"], ["ana", "cruz", "ac"], ["ben", "cruz", "bc"], ["cruz", "dev", "cd"], ["dev", "eli", "de"], ["dev", "fay", "df"], ["eli", "fay", "ef"]] as const;
    edges.forEach(([, , name], e) => byPair.set(name, e)); // edges.tsv lists them in this order, so edge id = row
    for (const [, , name] of edges) expect(m.ties.strength[byPair.get(name)!]).toBeCloseTo(S[name], 12);
    expect(Array.from(m.ties.embeddedness)).toEqual([1, 1, 1, 0, 1, 1, 1]);
    expect(Array.from(m.ties.overlap)).toEqual([1, 0.5, 0.5, 0, 0.5, 0.5, 1]);
    expect(m.ties.threshold).toBeCloseTo(S.de, 12);
    expect(Array.from(m.ties.weak)).toEqual([0, 0, 1, 1, 0, 1, 0]);
    expect([m.ties.weakCount, m.ties.strongCount]).toEqual([3, 4]);
    expect(m.ties.histogram.reduce((s, b) => s + b.weak + b.strong, 0)).toBe(7);
  });

  it("uses ground truth communities and weighted modularity", async () => {
    const m = await twoTriangles();
    expect(m.communities).toMatchObject({ source: "ground-truth", count: 2, labels: ["left", "right"] });
    expect(Array.from(m.communities.membership)).toEqual([0, 0, 0, 1, 1, 1]);
    // Q = (28 + 19) / 48 − (57 / 96)² − (39 / 96)²
    expect(m.communities.modularity).toBeCloseTo(47 / 48 - (57 / 96) ** 2 - (39 / 96) ** 2, 12);
    expect(m.meta.interim.map((x) => x.section)).not.toContain("communities");
  });

  it("falls back to connected components without ground truth, and says so", async () => {
    const m = await twoTriangles({ communities: null });
    expect(m.communities).toMatchObject({ source: "components", provenance: "interim", count: 1, modularity: 0 });
    expect(m.meta.interim.find((x) => x.section === "communities")?.plannedFunction).toBe("detectCommunities(g, { weights, seed })");
  });

  it("finds cruz-dev as the only weak-tie bridge, with its reasons", async () => {
    const m = await twoTriangles();
    expect(m.bridges.count).toBe(1);
    expect(m.bridges.top).toEqual([{ edge: 3, source: "cruz", target: "dev", strength: S.cd, embeddedness: 0, score: 2 + 1 - S.cd, reasons: ["local-bridge", "cross-community", "weak"] }]);
  });

  it("percolation: removing the weak bridge first halves the largest component at once", async () => {
    const m = await twoTriangles();
    const at = (curve: { removed: number; largest: number }[], r: number) => curve.find((p) => Math.abs(p.removed - r) < 1e-9)!.largest;
    expect(at(m.percolation.weakFirst, 0)).toBe(1);
    expect(at(m.percolation.weakFirst, 0.1)).toBe(0.5); // round(0.7) = 1 tie removed: cruz-dev
    expect(at(m.percolation.strongFirst, 0.1)).toBe(1); // ana-ben removed, still connected
    expect(at(m.percolation.weakFirst, 1)).toBeCloseTo(1 / 6, 12);
    expect(m.percolation.weakFirst).toHaveLength(21);
  });

  it("connectors: cruz and dev have the top degree and mostly weak ties (mega); nobody is power", async () => {
    const m = await twoTriangles();
    expect(m.connectors.counts).toEqual({ power: 0, mega: 2, both: 0, neither: 4 });
    expect(m.connectors.mega.map((r) => [r.node, r.degree, r.strongTies, r.weakShare])).toEqual([["cruz", 3, 1, 2 / 3], ["dev", 3, 1, 2 / 3]]);
    // participation of cruz: 1 − (2/3)² − (1/3)² = 4/9
    expect(m.roles.participation[2]).toBeCloseTo(4 / 9, 12);
    expect(m.roles.role[0]).toBe("R1 ultra-peripheral");
  });

  it("reach within 2 hops, engaged audience over strong ties", async () => {
    const m = await twoTriangles();
    expect(Array.from(m.engagement.reach)).toEqual([3, 3, 5, 5, 3, 3]);
    expect(Array.from(m.engagement.engaged)).toEqual([2, 1, 1, 1, 2, 1]); // eli: dev-eli sits at the threshold, so strong
    expect(m.engagement.engagementRate[0]).toBe(1);
    expect(m.engagement.influence[2]).toBeCloseTo(S.ac + S.bc + S.cd, 12);
    const one = await twoTriangles({ hops: 1 });
    expect(Array.from(one.engagement.reach)).toEqual([2, 2, 3, 3, 2, 2]);
  });

  it("Dunbar layers of the strongest person, and the warm path across the bridge", async () => {
    const m = await twoTriangles();
    expect(m.dunbar.ego).toBe("ana");
    expect(m.dunbar.layers[0]!.members.map((x) => x.node)).toEqual(["ben", "cruz"]);
    expect(m.dunbar.layers.map((l) => l.nominal)).toEqual([5, 15, 50, 150]);
    expect(m.introduction).toMatchObject({ from: "ana", to: "dev", found: true });
    expect(m.introduction.path.map((p) => p.node)).toEqual(["ana", "cruz", "dev"]);
    expect(m.introduction.warmth).toBeCloseTo(S.ac * S.cd, 12);
    const chosen = await twoTriangles({ ego: "fay", from: "ben", to: "eli" });
    expect(chosen.dunbar.layers[0]!.members.map((x) => x.node)).toEqual(["eli", "dev"]);
    // ben-ana-cruz (1.0 × 0.699) is warmer than ben-cruz directly (0.655).
    expect(chosen.introduction.path.map((p) => p.node)).toEqual(["ben", "ana", "cruz", "dev", "eli"]);
    expect(chosen.introduction.warmth).toBeCloseTo(S.ab * S.ac * S.cd * S.de, 12);
  });

  it("rejects an unknown --ego, --from or --to", async () => {
    await expect(twoTriangles({ ego: "zed" })).rejects.toThrow(UsageError);
    await expect(twoTriangles({ from: "zed" })).rejects.toThrow('--from: no node "zed" in the graph');
  });

  it("lists every interim section with its planned function", async () => {
    const m = await twoTriangles();
    expect(m.meta.interim.map((x) => x.plannedFunction)).toEqual([
      "estimateTieStrength(g)",
      "weakTieBridges(g, { ties, partition })",
      "edgePercolation(g, order)",
      "classifyConnectors(g, { ties, partition })",
      "nodeRoles(g, partition)",
      "scoreEngagementReach(g, { ties, hops })",
      "dunbarLayers(g, ties, ego)",
      "introductionPath(g, from, to, { ties })",
    ]);
  });
});

describe("analyze on a larger graph", () => {
  it("samples the engagement scatter to 5,000 points and says so", async () => {
    const { SocialGraph } = await import("../../src/index.js");
    const n = 6000;
    const rows: [string, string][] = [];
    for (let i = 0; i < n; i++) rows.push([`p${i}`, `p${(i + 1) % n}`]);
    const graph = SocialGraph.fromEdges(rows);
    const m = await analyze({ graph, name: "ring", format: "test", labels: null, groundTruth: null, interactions: null, notes: [] }, { ...REPORT_DEFAULTS }, { version: "t" });
    expect(m.engagement.points).toHaveLength(5000);
    expect(new Set(m.engagement.points.map((p) => p.node)).size).toBe(5000);
    expect(m.engagement.sampled).toBe(true);
    expect(m.meta.notes).toContain("the engagement-versus-reach plot shows 5,000 of 6,000 people (the widest reach plus an even sample)");
  });
});

describe("analyze on directed and degenerate inputs", () => {
  it("counts triangles and transitivity with direction ignored", async () => {
    const { SocialGraph } = await import("../../src/index.js");
    // a->b, b->a, b->c, c->a, c->d: undirected a-b, b-c, c-a, c-d: one triangle, triples 1+1+3+0 = 5
    const graph = SocialGraph.fromEdges([["a", "b"], ["b", "a"], ["b", "c"], ["c", "a"], ["c", "d"]], { directed: true });
    const m = await analyze({ graph, name: "d", format: "test", labels: null, groundTruth: null, interactions: null, notes: [] }, { ...REPORT_DEFAULTS }, { version: "t" });
    expect(m.stats).toMatchObject({ directed: true, edges: 5, triangles: 1, components: 1 });
    expect(m.stats.transitivity).toBeCloseTo(3 / 5, 12);
    expect(m.stats.density).toBeCloseTo(5 / 12, 12);
  });

  it("handles a graph without edges", async () => {
    const { SocialGraph } = await import("../../src/index.js");
    const graph = SocialGraph.fromEdges([], { nodes: ["x", "y"] });
    const m = await analyze({ graph, name: "e", format: "test", labels: null, groundTruth: null, interactions: null, notes: [] }, { ...REPORT_DEFAULTS }, { version: "t" });
    expect(m.stats).toMatchObject({ nodes: 2, edges: 0, isolates: 2, components: 2, transitivity: 0 });
    expect(m.bridges.count).toBe(0);
    expect(m.introduction.found).toBe(false);
    expect(m.percolation.weakFirst.every((p) => p.largest === 0.5)).toBe(true);
  });
});
