import fc from "fast-check";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { SocialGraph, kHopReach, plantedSocialNetwork } from "../../src/index.js";
import { fixtureGraph, readFixture, type GraphFixture } from "../helpers/fixtures.js";
import { errorCode as code } from "../helpers/errors.js";

type ReachFixture = GraphFixture & { reach: Record<string, Record<string, number[]>> };
const FIXTURES = ["karate", "dolphins", "gnp-directed", "paths"];


/** Brute force: Floyd–Warshall style BFS over an adjacency-list copy, independent of the CSR code. */
function bruteReach(n: number, edges: [number, number][], directed: boolean, k: number): number[] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    adj[u]!.push(v);
    if (!directed) adj[v]!.push(u);
  }
  return adj.map((_, s) => {
    const dist = new Map<number, number>([[s, 0]]);
    let frontier = [s];
    for (let d = 1; d <= k; d++) {
      const next: number[] = [];
      for (const u of frontier) for (const v of adj[u]!) if (!dist.has(v)) (dist.set(v, d), next.push(v));
      frontier = next;
    }
    return dist.size - 1;
  });
}

describe("kHopReach exact", () => {
  it("counts a path by hand", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"]]);
    expect(Array.from(kHopReach(g, { hops: 1 }).reach)).toEqual([1, 2, 2, 1]);
    expect(Array.from(kHopReach(g, { hops: 2 }).reach)).toEqual([2, 3, 3, 2]);
    expect(Array.from(kHopReach(g, { hops: 0 }).reach)).toEqual([0, 0, 0, 0]);
    expect(kHopReach(g).get("a")).toBe(2);
    expect(kHopReach(g).rows()[1]).toEqual({ node: "b", reach: 3 });
    const gg = new Graph();
    for (const k of g.keys()) gg.addNode(k);
    kHopReach(g).assign(gg);
    expect(gg.getNodeAttribute("c", "reach")).toBe(3);
  });

  it("computes only the requested nodes", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"]]);
    const r = kHopReach(g, { hops: 2, nodes: ["b", "d"] }).reach;
    expect(r[1]).toBe(3);
    expect(r[3]).toBe(2);
    expect(r[0]).toBeNaN();
    expect(code(() => kHopReach(g, { nodes: ["zz"] }))).toBe("UNKNOWN_NODE");
    expect(code(() => kHopReach(g, { nodes: ["a"], method: "hyperball" }))).toBe("INVALID_OPTION");
    expect(code(() => kHopReach(g, { nodes: "a" as never }))).toBe("INVALID_OPTION");
  });

  it("follows direction on a directed star", () => {
    const g = SocialGraph.fromEdges([["f1", "hub"], ["f2", "hub"], ["hub", "x"]], { directed: true });
    expect(kHopReach(g, { hops: 2, direction: "in" }).get("hub")).toBe(2);
    expect(kHopReach(g, { hops: 2, direction: "out" }).get("hub")).toBe(1);
    expect(kHopReach(g, { hops: 2, direction: "out" }).get("f1")).toBe(2);
    expect(kHopReach(g, { hops: 2, direction: "both" }).get("f1")).toBe(3);
  });

  for (const name of FIXTURES) {
    it(`matches NetworkX single_source_shortest_path_length counts on ${name}`, () => {
      const f = readFixture<ReachFixture>("reach", name);
      const g = fixtureGraph(f, { weighted: false });
      for (const [direction, byK] of Object.entries(f.reach)) {
        for (const [k, expected] of Object.entries(byK)) {
          const got = kHopReach(g, { hops: Number(k), direction: direction as "out" | "in" | "both" }).reach;
          expect(Array.from(got), `${direction} k=${k}`).toEqual(expected);
        }
      }
    });
  }

  it("matches an independent brute force on random graphs (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.array(fc.tuple(fc.nat(24), fc.nat(24)), { maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (n, raw, directed, k) => {
          const edges = raw.map(([u, v]) => [u % n, v % n] as [number, number]).filter(([u, v]) => u !== v);
          const g = SocialGraph.fromArrays(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), null, { directed, order: n });
          expect(Array.from(kHopReach(g, { hops: k }).reach)).toEqual(bruteReach(n, edges, directed, k));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("kHopReach hyperball", () => {
  it("is exact-sized on tiny graphs thanks to linear counting, and seeded", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"]]);
    const r = kHopReach(g, { hops: 2, method: "hyperball" }).reach;
    const exact = [2, 3, 3, 2];
    r.forEach((x, i) => expect(Math.abs(x - exact[i]!)).toBeLessThan(0.05));
    expect(Array.from(kHopReach(g, { hops: 2, method: "hyperball", seed: 3 }).reach)).toEqual(
      Array.from(kHopReach(g, { hops: 2, method: "hyperball", seed: 3 }).reach),
    );
  });

  it("stays within 3 x 1.04 / sqrt(2^log2m) of exact on a planted graph", () => {
    const { graph: g } = plantedSocialNetwork({ n: 3000, averageDegree: 8, seed: 5 });
    const exact = kHopReach(g, { hops: 3 }).reach;
    for (const log2m of [6, 8]) {
      const bound = (3 * 1.04) / Math.sqrt(2 ** log2m);
      const est = kHopReach(g, { hops: 3, method: "hyperball", log2m, seed: 11 }).reach;
      let total = 0;
      let totalExact = 0;
      let sumRel = 0;
      let outside = 0;
      let counted = 0;
      for (let i = 0; i < g.order; i++) {
        total += est[i]!;
        totalExact += exact[i]!;
        if (exact[i]! === 0) continue;
        const rel = Math.abs(est[i]! - exact[i]!) / exact[i]!;
        sumRel += rel;
        counted++;
        if (rel > bound) outside++;
      }
      // Sum of balls (the neighbourhood function at t = 3): well inside the bound.
      expect(Math.abs(total - totalExact) / totalExact).toBeLessThan(bound);
      // Per node: mean relative error below one standard error, and at most 1 % of nodes beyond 3 of them.
      expect(sumRel / counted).toBeLessThan(1.04 / Math.sqrt(2 ** log2m));
      expect(outside / counted).toBeLessThan(0.01);
    }
  });
});

describe("kHopReach errors", () => {
  const g = SocialGraph.fromEdges([["a", "b"]]);
  it("rejects bad options with stable codes", () => {
    expect(code(() => kHopReach(g, { hops: -1 }))).toBe("INVALID_OPTION");
    expect(code(() => kHopReach(g, { hops: 1.5 }))).toBe("INVALID_OPTION");
    expect(code(() => kHopReach(g, { direction: "up" as never }))).toBe("INVALID_OPTION");
    expect(code(() => kHopReach(g, { method: "bfs" as never }))).toBe("INVALID_OPTION");
    expect(code(() => kHopReach(g, { log2m: 3 }))).toBe("INVALID_OPTION");
    expect(code(() => kHopReach(g, { hop: 2 } as never))).toBe("UNKNOWN_OPTION");
    expect(code(() => kHopReach(g).get("zz"))).toBe("UNKNOWN_NODE");
  });
  it("aborts through its signal", () => {
    const c = new AbortController();
    c.abort();
    expect(code(() => kHopReach(g, { signal: c.signal }))).toBe("ABORTED");
    expect(code(() => kHopReach(g, { signal: c.signal, method: "hyperball" }))).toBe("ABORTED");
  });
  it("handles the empty graph", () => {
    const e = SocialGraph.fromEdges([]);
    expect(kHopReach(e).reach.length).toBe(0);
  });
});
