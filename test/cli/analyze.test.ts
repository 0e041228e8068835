import { describe, expect, it } from "vitest";
import { analyze } from "../../src/cli/analyze.js";
import { REPORT_DEFAULTS } from "../../src/cli/args.js";
import { CliError, UsageError } from "../../src/cli/errors.js";
import { loadInput } from "../../src/cli/load.js";
import { CONNECTOR_KINDS, type ReportModel } from "../../src/cli/model.js";
import type { LoadedInput } from "../../src/cli/readers/input.js";
import { pivotsFor } from "../../src/cli/sections/bridges.js";
import { MIN_COMMUNITY_WEIGHT } from "../../src/cli/sections/communities.js";
import {
  classifyConnectors,
  comparePartitions,
  detectCommunities,
  weakTieBridges,
  dunbarLayers,
  edgePercolation,
  estimateTieStrength,
  introductionPath,
  karateClub,
  nodeRoles,
  scoreEngagementReach,
  SocialGraph,
} from "../../src/index.js";
import { fixture } from "./helpers.js";

// Two triangles ana-ben-cruz (weights 12, 9, 7) and dev-eli-fay (8, 6, 5) joined by cruz-dev (1);
// ground truth left/right. Expected values below are worked by hand in the comments.
async function twoTriangles(over: Partial<typeof REPORT_DEFAULTS> = {}): Promise<ReportModel> {
  const args = { ...REPORT_DEFAULTS, input: fixture("edges.tsv"), communities: fixture("communities.txt"), ...over };
  return analyze(await loadInput(args), args, { version: "test" });
}
const bare = (graph: SocialGraph): LoadedInput => ({ graph, name: "g", format: "test", labels: null, groundTruth: null, interactions: null, notes: [] });

// estimateTieStrength on a weighted graph without a log: strength = (3 · weight + 1.5 · overlap) / 4.5,
// weight = ln(1 + w) / ln(1 + 12) (12 = the largest weight), overlap = c / (k_u − 1 + k_v − 1 − c).
const wf = (w: number): number => Math.log1p(w) / Math.log(13);
const st = (w: number, overlap: number): number => (3 * wf(w) + 1.5 * overlap) / 4.5;
const S = { ab: st(12, 1), ac: st(9, 0.5), bc: st(7, 0.5), cd: st(1, 0), de: st(8, 0.5), df: st(6, 0.5), ef: st(5, 1) };
const EDGES = ["ab", "ac", "bc", "cd", "de", "df", "ef"] as const; // edges.tsv row order = edge id

describe("analyze on two triangles joined by one tie", () => {
  it("computes the graph statistics", async () => {
    const m = await twoTriangles();
    expect(m.stats).toMatchObject({ nodes: 6, edges: 7, components: 1, largestComponent: 6, isolates: 0, triangles: 2, maxDegree: 3, totalWeight: 48 });
    expect(m.stats.transitivity).toBeCloseTo(0.6, 12); // 3 × 2 triangles / 10 connected triples
    expect(m.stats.density).toBeCloseTo(7 / 15, 12);
    expect(Array.from(m.degree)).toEqual([2, 2, 3, 3, 2, 2]);
    expect(Array.from(m.strength)).toEqual([21, 19, 17, 15, 13, 11]);
  });

  it("tie strength is estimateTieStrength's: weights and overlap; Otsu cuts off cruz-dev, clamped up to 0.2", async () => {
    const m = await twoTriangles();
    EDGES.forEach((name, e) => expect(m.ties.strength[e]).toBeCloseTo(S[name], 12));
    expect(Array.from(m.ties.embeddedness)).toEqual([1, 1, 1, 0, 1, 1, 1]);
    expect(Array.from(m.ties.overlap)).toEqual([1, 0.5, 0.5, 0, 0.5, 0.5, 1]);
    // S.cd ≈ 0.18 is alone below the rest (≥ 0.67): Otsu's cut lies just above it, below the 0.2 floor.
    expect(m.ties.threshold).toBe(0.2);
    expect(Array.from(m.ties.weak)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(m.ties).toMatchObject({ provenance: "library", source: "weights", thresholdMethod: "otsu", featureWeights: { weight: 3, overlap: 1.5 }, weakCount: 1, strongCount: 6 });
    expect(m.ties.histogram.reduce((s, b) => s + b.weak + b.strong, 0)).toBe(7);
    expect(m.ties.histogram[3]).toEqual({ x0: 0.15, x1: 0.2, weak: 1, strong: 0 }); // S.cd ≈ 0.180
  });

  // Q = (28 + 19) / 48 − (57 / 96)² − (39 / 96)² for the two triangles, with the graph's weights.
  const Q = 47 / 48 - (57 / 96) ** 2 - (39 / 96) ** 2;

  it("uses ground truth communities, its weighted modularity, and compares Leiden's partition with it", async () => {
    const m = await twoTriangles();
    expect(m.communities).toMatchObject({ source: "ground-truth", provenance: "library", count: 2, labels: ["left", "right"] });
    expect(Array.from(m.communities.membership)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(m.communities.modularity).toBeCloseTo(Q, 12);
    // Leiden finds the two triangles again: NMI = ARI = 1.
    expect(Array.from(m.communities.detectedMembership)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(m.communities.comparison).toEqual({ detectedCount: 2, detectedModularity: expect.closeTo(Q, 12), nmi: 1, ari: 1 });
  });

  it("detects communities with Leiden (seeded, tie strengths as weights) without ground truth", async () => {
    const m = await twoTriangles({ communities: null });
    expect(m.communities).toMatchObject({ source: "detected", provenance: "library", count: 2, labels: ["community 1", "community 2"], comparison: null });
    expect(Array.from(m.communities.membership)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(m.communities.modularity).toBeCloseTo(Q, 12);
    expect(m.communities.sizes.map((c) => c.size)).toEqual([3, 3]);
  });

  it("finds cruz-dev as the only weak-tie bridge: a cut edge between the communities carrying the most shortest paths", async () => {
    const m = await twoTriangles();
    expect(m.bridges.count).toBe(1);
    // score = (1 − s)(1 − overlap 0)(1 + B / B_max = 2)(1 + crosses = 2) / 4 = 1 − s
    expect(m.bridges.top).toEqual([
      {
        edge: 3,
        source: "cruz",
        target: "dev",
        strength: S.cd,
        embeddedness: 0,
        score: expect.closeTo(1 - S.cd, 12),
        reasons: ["local-bridge", "cross-community", "weak", "cut-edge"],
        explanation: expect.arrayContaining(["global bridge", "joins communities left and right"]),
      },
    ]);
    expect(Array.from(m.bridges.reasons)).toEqual([0, 0, 0, 0b1111, 0, 0, 0]);
  });

  it("percolation is edgePercolation's: removing the weak bridge first halves the largest component at once", async () => {
    const m = await twoTriangles();
    const at = (curve: { removed: number; largest: number }[], r: number) => curve.find((p) => Math.abs(p.removed - r) < 1e-9)!.largest;
    expect(m.percolation.weakFirst).toHaveLength(51);
    expect(at(m.percolation.weakFirst, 0)).toBe(1);
    expect(at(m.percolation.weakFirst, 0.1)).toBe(0.5); // round(0.7) = 1 tie removed: cruz-dev
    expect(at(m.percolation.strongFirst, 0.1)).toBe(1); // ana-ben removed, still connected
    expect(at(m.percolation.weakFirst, 1)).toBeCloseTo(1 / 6, 12);
    // Every point equals the library's curve on the same graph and strengths.
    const { graph } = await loadInput({ ...REPORT_DEFAULTS, input: fixture("edges.tsv") });
    const direct = edgePercolation(graph, "strongest", { weights: estimateTieStrength(graph).strength, seed: 1, fractions: m.percolation.strongFirst.map((p) => p.removed) });
    expect(m.percolation.strongFirst.map((p) => p.largest)).toEqual(Array.from(direct.giant));
    expect(m.percolation.strongFirst.map((p) => p.susceptibility)).toEqual(Array.from(direct.susceptibility));
  });

  it("connectors: nobody has strong ties into two communities (no power); dev's top mega score has 1/3 weak ties (no mega)", async () => {
    const m = await twoTriangles();
    expect(m.connectors.counts).toEqual({ none: 6, mega: 0, power: 0, "power-mega": 0 });
    expect([m.connectors.power, m.connectors.mega]).toEqual([[], []]);
    // megaScore = Σ (1 − s) over the ties: cruz (1 − S.ac) + (1 − S.bc) + (1 − S.cd).
    expect(m.connectors.megaScore[2]).toBeCloseTo(3 - S.ac - S.bc - S.cd, 12);
    expect(Array.from(m.connectors.powerScore)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("roles are nodeRoles' on the ground truth: cruz's participation 4/9, ana ultra-peripheral", async () => {
    const m = await twoTriangles();
    expect(m.roles.participation[2]).toBeCloseTo(4 / 9, 12); // 1 − (2/3)² − (1/3)²
    expect(m.roles.role[0]).toBe("R1 ultra-peripheral");
    expect(Array.from(m.roles.withinZ)).toEqual([0, 0, 0, 0, 0, 0]); // every member has 2 links inside
    expect(m.roles.counts).toEqual({ "R1 ultra-peripheral": 4, "R2 peripheral": 2 });
  });

  it("engagement is scoreEngagementReach's: audience = contacts, engaged from strength 0.2", async () => {
    const m = await twoTriangles();
    const e = m.engagement;
    expect(Array.from(e.reach)).toEqual([2, 2, 3, 3, 2, 2]);
    expect(Array.from(e.extendedReach)).toEqual([3, 3, 5, 5, 3, 3]);
    expect(Array.from(e.engagedCount)).toEqual([2, 2, 2, 2, 2, 2]); // only cruz-dev is below 0.2
    expect(e.engagementRate[2]).toBeCloseTo(2 / 3, 12);
    expect(e.engagedAudience[2]).toBeCloseTo(S.ac + S.bc + S.cd, 12);
    // influence(cruz) = Σ_a (w_a,cruz / W_a) · (1 + overlap) / 2 = 9/21 · 3/4 + 7/19 · 3/4 + 1/15 · 1/2
    expect(e.influence[2]).toBeCloseTo((9 / 21) * 0.75 + (7 / 19) * 0.75 + (1 / 15) * 0.5, 12);
    // cut-offs: median reach 2 (everyone is wide), median rate 1: cruz and dev (2/3) broadcast.
    expect([e.reachSplit, e.engagementSplit, e.minStrength]).toEqual([2, 1, 0.2]);
    expect(e.quadrant).toEqual(["power", "power", "broadcaster", "broadcaster", "power", "power"]);
    expect(e.quadrantCounts).toEqual({ power: 4, broadcaster: 2, "engaged-core": 0, quiet: 0 });
    expect(e.reachMethod).toBe("exact");
    const one = await twoTriangles({ hops: 1 });
    expect(Array.from(one.engagement.extendedReach)).toEqual([2, 2, 3, 3, 2, 2]);
  });

  it("Dunbar layers of the strongest person, and the warm path across the bridge", async () => {
    const m = await twoTriangles();
    expect(m.dunbar.ego).toBe("ana");
    expect(m.dunbar.layers[0]!.members.map((x) => x.node)).toEqual(["ben", "cruz"]);
    expect(m.dunbar.layers.map((l) => l.nominal)).toEqual([5, 15, 50, 150]);
    expect(m.introduction).toMatchObject({ from: "ana", to: "dev", found: true, weakestLink: { from: "cruz", to: "dev" } });
    expect(m.introduction.path.map((p) => p.node)).toEqual(["ana", "cruz", "dev"]);
    expect(m.introduction.path.map((p) => p.tieStrength)).toEqual([null, S.ac, S.cd].map((x) => (x === null ? null : expect.closeTo(x, 12))));
    expect(m.introduction.warmth).toBeCloseTo(S.ac * S.cd, 12);
    const chosen = await twoTriangles({ ego: "fay", from: "ben", to: "eli" });
    expect(chosen.dunbar.layers[0]!.members.map((x) => x.node)).toEqual(["eli", "dev"]); // S.ef > S.df
    // ben-ana-cruz (S.ab · S.ac ≈ 0.765) is warmer than ben-cruz (S.bc ≈ 0.707); dev-eli beats dev-fay-eli.
    expect(chosen.introduction.path.map((p) => p.node)).toEqual(["ben", "ana", "cruz", "dev", "eli"]);
    expect(chosen.introduction.warmth).toBeCloseTo(S.ab * S.ac * S.cd * S.de, 12);
  });

  it("rejects an unknown --ego, --from or --to", async () => {
    await expect(twoTriangles({ ego: "zed" })).rejects.toThrow(UsageError);
    await expect(twoTriangles({ from: "zed" })).rejects.toThrow('--from: no node "zed" in the graph');
  });

  it("computes every section with the library: nothing is interim", async () => {
    for (const m of [await twoTriangles(), await twoTriangles({ communities: null })]) {
      expect(m.meta.interim).toEqual([]);
      for (const section of ["ties", "communities", "bridges", "percolation", "connectors", "roles", "engagement", "dunbar", "introduction"] as const) {
        expect(m[section].provenance).toBe("library");
      }
    }
  });
});

describe("analyze on the karate club agrees with the library functions called directly", () => {
  it("ties, connectors, roles, engagement, Dunbar layers and the introduction path", async () => {
    const m = await analyze(await loadInput({ ...REPORT_DEFAULTS }), { ...REPORT_DEFAULTS }, { version: "t" });
    const { graph, clubs } = karateClub();
    const ties = estimateTieStrength(graph);
    expect(m.ties.strength).toEqual(ties.strength);
    expect(m.ties.weak).toEqual(ties.weak);
    const truth = Int32Array.from(clubs, (c) => (c === clubs[0] ? 0 : 1)); // "Mr. Hi" first: community 0
    expect(m.communities.membership).toEqual(truth);
    const detected = detectCommunities(graph, { weights: Float64Array.from(ties.strength, (s) => Math.max(s, MIN_COMMUNITY_WEIGHT)), seed: 1 });
    expect(m.communities.detectedMembership).toEqual(detected.membership);
    const agreement = comparePartitions(truth, detected);
    expect(m.communities.comparison).toMatchObject({ detectedCount: detected.count, nmi: agreement.nmi, ari: agreement.ari });
    expect(agreement.nmi).toBeGreaterThan(0.4); // Leiden's communities nest in the two factions more or less
    const wtb = weakTieBridges(graph, { ties, partition: truth });
    expect(m.bridges.count).toBe(wtb.count);
    expect(m.bridges.top.map((b) => b.edge)).toEqual(Array.from(wtb.edges.subarray(0, 25)));
    for (const b of m.bridges.top) {
      expect(b.reasons).toContain("weak");
      expect(b.reasons.includes("local-bridge") || b.reasons.includes("cross-community")).toBe(true);
      expect(b.strength).toBeLessThan(m.ties.threshold);
    }
    const conn = classifyConnectors(graph, { ties, partition: truth });
    expect(m.connectors.kind).toEqual(conn.kindCode);
    const power = m.connectors.power;
    expect(power.length).toBe(m.connectors.counts.power + m.connectors.counts["power-mega"]);
    for (const row of power) expect(row.strongCommunities).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < power.length; k++) expect(power[k - 1]!.powerScore).toBeGreaterThanOrEqual(power[k]!.powerScore);
    for (const row of m.connectors.mega) {
      expect(["mega", "power-mega"]).toContain(row.kind);
      expect(row.weakShare).toBeGreaterThanOrEqual(0.5);
      expect(row.megaScore).toBeCloseTo(conn.megaScore[graph.index(row.node)]!, 12);
    }
    expect(Object.values(m.connectors.counts).reduce((a, b) => a + b, 0)).toBe(34);
    const roles = nodeRoles(graph, truth);
    expect(m.roles.withinZ).toEqual(roles.z);
    expect(m.roles.role.map((r) => Number(r.slice(1, 2)))).toEqual(Array.from(roles.role));
    const reach = scoreEngagementReach(graph, { ties, hops: 2 });
    expect(m.engagement.reach).toEqual(reach.reach);
    expect(m.engagement.extendedReach).toEqual(reach.extendedReach);
    expect(m.engagement.influence).toEqual(reach.influence);
    expect(m.engagement.quadrant).toEqual(reach.quadrant);
    // The default ego is the strongest member; layers hold every contact once, strongest first.
    let ego = 0;
    for (let i = 0; i < 34; i++) if (m.strength[i]! > m.strength[ego]!) ego = i;
    expect(m.dunbar.ego).toBe(String(ego));
    const layers = dunbarLayers(graph, ties, m.dunbar.ego);
    expect(m.dunbar.layers.flatMap((l) => l.members.map((x) => x.node))).toEqual(Array.from(layers.contacts, (v) => graph.key(v)));
    expect(m.dunbar.layers.flatMap((l) => l.members).length).toBe(m.degree[ego]);
    const path = introductionPath(graph, m.introduction.from, m.introduction.to, { ties });
    expect(m.introduction.path.map((p) => p.node)).toEqual(path.nodes);
    expect(m.introduction.warmth).toBe(path.trust);
    expect(m.communities.membership[graph.index(m.introduction.from)]).not.toBe(m.communities.membership[graph.index(m.introduction.to)]);
  });
});

describe("analyze on an interaction log", () => {
  it("estimates tie strength from the log's features (frequency, recency, reciprocity, ...)", async () => {
    const args = { ...REPORT_DEFAULTS, input: fixture("messages.csv") };
    const input = await loadInput(args);
    const m = await analyze(input, args, { version: "t" });
    expect(m.ties.source).toBe("interactions");
    expect(Object.keys(m.ties.featureWeights).sort()).toEqual(["frequency", "multiplexity", "overlap", "recency", "reciprocity", "regularity"]);
    expect(m.ties.strength).toEqual(estimateTieStrength(input.graph).strength);
    // ana-ben: 3 events (2 one way, 1 back) on 2 days over 2 channels; ana-cruz: 1 one-way event.
    const ab = input.graph.edgeId(input.graph.index("ana"), input.graph.index("ben"));
    const ac = input.graph.edgeId(input.graph.index("ana"), input.graph.index("cruz"));
    expect(m.ties.strength[ab]!).toBeGreaterThan(m.ties.strength[ac]!);
  });
});

describe("analyze on a larger graph", () => {
  it("samples the engagement scatter to 5,000 points and says so", async () => {
    // A ring of 6,000 (reach 2) with 10 hubs p0, p600, ..., p5400: hub k also knows 100 + 20k
    // people of its stretch of the ring, who then reach 3. The 1,910 people above reach 2 all fit
    // in the widest-reach half (2,500); an even sample of the rest would miss some of them.
    const n = 6000;
    const rows: [string, string][] = [];
    for (let i = 0; i < n; i++) rows.push([`p${i}`, `p${(i + 1) % n}`]);
    const hubs: string[] = [];
    for (let k = 0; k < 10; k++) {
      hubs.push(`p${600 * k}`);
      for (let j = 0; j < 100 + 20 * k; j++) rows.push([`p${600 * k}`, `p${600 * k + 3 + 2 * j}`]);
    }
    const m = await analyze(bare(SocialGraph.fromEdges(rows)), { ...REPORT_DEFAULTS }, { version: "t" });
    const plotted = new Set(m.engagement.points.map((p) => p.node));
    const wide = m.keys.filter((_, i) => m.engagement.reach[i]! > 2);
    expect(wide).toHaveLength(1910);
    expect(hubs.every((h) => plotted.has(h))).toBe(true);
    expect(wide.filter((k) => !plotted.has(k))).toEqual([]);
    expect(m.engagement.points).toHaveLength(5000);
    expect(new Set(m.engagement.points.map((p) => p.node)).size).toBe(5000);
    expect(m.engagement.sampled).toBe(true);
    expect(m.meta.notes).toContain("the engagement-versus-reach plot shows 5,000 of 6,000 people (the widest reach plus an even sample)");
    // pivots = 5e7 / (6,000 + 6,000) ≈ 4,166, capped at 500
    expect(m.meta.notes).toContain("weak-tie bridge scores use edge betweenness estimated from 500 seeded pivots (exact up to 5,000 people)");
  });
});

describe("edge betweenness pivots for the weak-tie bridges", () => {
  it("are exact up to 5,000 people, then fit about 5e7 BFS steps, between 100 and 500", () => {
    expect(pivotsFor(5000, 1e6)).toBeNull();
    expect(pivotsFor(6000, 6000)).toBe(500); // 5e7 / 12,000 ≈ 4,167, capped
    expect(pivotsFor(22_470, 170_823)).toBe(258); // musae-facebook: floor(5e7 / 193,293)
    expect(pivotsFor(256_491, 328_132)).toBe(100); // Higgs retweets: 85, raised to the floor
  });
});

describe("analyze on directed and degenerate inputs", () => {
  it("counts triangles and transitivity with direction ignored; audience = people with an arc in", async () => {
    // a->b, b->a, b->c, c->a, c->d: undirected a-b, b-c, c-a, c-d: one triangle, triples 1+1+3+0 = 5
    const graph = SocialGraph.fromEdges([["a", "b"], ["b", "a"], ["b", "c"], ["c", "a"], ["c", "d"]], { directed: true });
    const m = await analyze(bare(graph), { ...REPORT_DEFAULTS }, { version: "t" });
    expect(m.stats).toMatchObject({ directed: true, edges: 5, triangles: 1, components: 1 });
    expect(m.stats.transitivity).toBeCloseTo(3 / 5, 12);
    expect(m.stats.density).toBeCloseTo(5 / 12, 12);
    expect(Array.from(m.engagement.reach)).toEqual([2, 1, 1, 1]); // in-arcs of a, b, c, d
    expect(m.engagement.method).toContain("people with an arc to the person");
  });

  it("reads a directed graph's arcs as pairs for the weak-tie bridges; both arcs of a pair carry its reasons", async () => {
    // Two reciprocated triangles a-b-c and d-e-f, joined by the single arc c -> d.
    const pairs = [["a", "b"], ["b", "c"], ["c", "a"], ["d", "e"], ["e", "f"], ["f", "d"]] as const;
    const rows: [string, string][] = pairs.flatMap(([u, v]) => [[u, v], [v, u]] as [string, string][]);
    rows.push(["c", "d"]);
    const graph = SocialGraph.fromEdges(rows, { directed: true });
    const m = await analyze(bare(graph), { ...REPORT_DEFAULTS }, { version: "t" });
    const cd = graph.edgeId(graph.index("c"), graph.index("d"));
    expect(m.bridges.count).toBe(1);
    expect(m.bridges.top[0]).toMatchObject({ edge: cd, source: "c", target: "d" });
    expect(m.bridges.reasons[cd]! & 0b1000).toBe(0b1000); // a cut edge of the symmetrised graph
    const ab = graph.edgeId(graph.index("a"), graph.index("b"));
    const ba = graph.edgeId(graph.index("b"), graph.index("a"));
    expect([m.bridges.reasons[ab], m.bridges.reasons[ba]]).toEqual([0, 0]);
    expect(m.bridges.method).toContain("toUndirected");
  });

  it("handles a graph without edges", async () => {
    const graph = SocialGraph.fromEdges([], { nodes: ["x", "y"] });
    const m = await analyze(bare(graph), { ...REPORT_DEFAULTS }, { version: "t" });
    expect(m.stats).toMatchObject({ nodes: 2, edges: 0, isolates: 2, components: 2, transitivity: 0 });
    expect(m.bridges.count).toBe(0);
    expect(m.introduction).toMatchObject({ found: false, warmth: 0, path: [], weakestLink: null });
    expect(m.percolation.weakFirst.every((p) => p.largest === 0.5)).toBe(true);
    expect(m.dunbar.layers.every((l) => l.members.length === 0)).toBe(true);
    expect(m.communities.modularity).toBeNaN(); // no edge weight at all
    expect(m.communities.count).toBe(2); // singletons
    expect(CONNECTOR_KINDS[m.connectors.kind[0]!]).toBe("none");
  });

  it("refuses a network without nodes", async () => {
    await expect(analyze(bare(SocialGraph.fromEdges([])), { ...REPORT_DEFAULTS }, { version: "t" })).rejects.toThrow(CliError);
  });
});
