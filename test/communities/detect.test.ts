import { describe, expect, it } from "vitest";
import { SocialGraph, detectCommunities, karateClub, modularity } from "../../src/index.js";
import { fixtureGraph, readFixture } from "../helpers/fixtures.js";
import { errorCode as code } from "../helpers/errors.js";


describe("detectCommunities", () => {
  const { graph } = karateClub({ weighted: false });
  it("reports the modularity of its own membership", () => {
    for (const algorithm of ["leiden", "louvain", "label-propagation"] as const) {
      const p = detectCommunities(graph, { algorithm, seed: 2 });
      expect(p.modularity).toBeCloseTo(modularity(graph, p.membership), 14);
      expect(p.levels.length).toBeGreaterThanOrEqual(1);
      for (const level of p.levels) expect(level).toHaveLength(graph.order);
    }
  });
  it("takes weights from a Float64Array or a tie-strength result", () => {
    const w = new Float64Array(graph.size).fill(2);
    const a = detectCommunities(graph, { seed: 1, weights: w });
    const b = detectCommunities(graph, { seed: 1, weights: { strength: w } });
    const c = detectCommunities(graph, { seed: 1 });
    expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
    // Uniformly scaled weights leave modularity and the moves unchanged.
    expect(Array.from(a.membership)).toEqual(Array.from(c.membership));
  });
  it("finds more, smaller communities at higher resolution", () => {
    const low = detectCommunities(graph, { seed: 1, resolution: 0.5 });
    const high = detectCommunities(graph, { seed: 1, resolution: 2 });
    expect(high.count).toBeGreaterThan(low.count);
    expect(high.modularity).toBeCloseTo(modularity(graph, high, { resolution: 2 }), 14);
  });
  it("optimises CPM: resolution 1 on an unweighted graph gives cliques only, small resolution merges", () => {
    const p = detectCommunities(graph, { objective: "cpm", resolution: 1, seed: 1 });
    // Every CPM community at γ = 1 has density >= 1 inside: a clique.
    const inside = new Float64Array(p.count);
    for (let e = 0; e < graph.size; e++) {
      const c = p.membership[graph.edgeSources[e]!]!;
      if (c === p.membership[graph.edgeTargets[e]!]) inside[c]!++;
    }
    for (let c = 0; c < p.count; c++) expect(inside[c]).toBe((p.sizes[c]! * (p.sizes[c]! - 1)) / 2);
    let cpm = 0;
    for (let c = 0; c < p.count; c++) cpm += inside[c]! - (p.sizes[c]! * (p.sizes[c]! - 1)) / 2;
    expect(p.quality).toBe(cpm);
    const coarse = detectCommunities(graph, { objective: "cpm", resolution: 0.1, seed: 1 });
    expect(coarse.count).toBeLessThan(p.count);
    expect(p.info.objective).toBe("cpm");
  });
  it("optimises directed modularity on a directed graph", () => {
    // Two directed 3-cycles linked by one arc: the cycles are the communities.
    const d = SocialGraph.fromEdges(
      [["a", "b"], ["b", "c"], ["c", "a"], ["d", "e"], ["e", "f"], ["f", "d"], ["c", "d"]],
      { directed: true },
    );
    for (const algorithm of ["leiden", "louvain"] as const) {
      const p = detectCommunities(d, { algorithm, seed: 1 });
      expect(p.communities()).toEqual([["a", "b", "c"], ["d", "e", "f"]]);
      // Leicht–Newman by hand: m = 7, inside 3 + 3; K_out·K_in = 4·3 and 3·4.
      expect(p.modularity).toBeCloseTo(6 / 7 - 24 / 49, 14);
    }
  });
  it("gives singletons and NaN modularity on a graph without edges", () => {
    const g = SocialGraph.fromEdges([], { nodes: ["a", "b", "c"] });
    for (const algorithm of ["leiden", "louvain", "label-propagation"] as const) {
      const p = detectCommunities(g, { algorithm });
      expect(p.count).toBe(3);
      expect(p.modularity).toBeNaN();
    }
  });
  it("calls onProgress with fractions in [0, 1] and stops on an aborted signal", () => {
    const seen: number[] = [];
    detectCommunities(graph, { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
    const controller = new AbortController();
    controller.abort();
    for (const algorithm of ["leiden", "louvain", "label-propagation"] as const) {
      expect(code(() => detectCommunities(graph, { algorithm, signal: controller.signal }))).toBe("ABORTED");
    }
  });
  it("validates options up front", () => {
    expect(code(() => detectCommunities(graph, { algorithm: "infomap" as never }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { objective: "surprise" as never }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { algorithm: "label-propagation", objective: "cpm" }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { resolution: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { seed: 1.5 }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { maxLevels: 0 }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { maxIterations: 0 }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { tolerance: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { randomness: 0 }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { onProgress: 3 as never }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { signal: {} as never }))).toBe("INVALID_OPTION");
    expect(code(() => detectCommunities(graph, { seeds: 1 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => detectCommunities(graph, { weights: new Float64Array(3) }))).toBe("LENGTH_MISMATCH");
    expect(code(() => detectCommunities(graph, { weights: new Float64Array(graph.size).fill(NaN) }))).toBe("INVALID_WEIGHT");
    expect(code(() => detectCommunities(SocialGraph.fromEdges([])))).toBe("EMPTY_GRAPH");
  });
  it("stops after maxLevels levels", () => {
    const f = fixtureGraph(readFixture("communities", "football"));
    const one = detectCommunities(f, { algorithm: "louvain", maxLevels: 1, seed: 1 });
    expect(one.levels).toHaveLength(1);
    const full = detectCommunities(f, { algorithm: "louvain", seed: 1 });
    expect(full.count).toBeLessThan(one.count);
  });
});
