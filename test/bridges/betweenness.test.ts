import { describe, expect, it } from "vitest";
import { Random, SocialGraph, betweenness, edgeBetweenness, karateClub } from "../../src/index.js";
import graphologyBetweenness from "graphology-metrics/centrality/betweenness.js";
import { DIRECTED, UNDIRECTED, WEIGHTED, edgeOf, load } from "./parity.js";

const close = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-9) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected[i]!)));
};

describe("betweenness", () => {
  it("counts the middle of a path and splits equal paths on a square", () => {
    const path = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
    expect(betweenness(path, { normalized: false }).get("b")).toBe(1);
    expect(betweenness(path).get("b")).toBe(1);
    expect(edgeBetweenness(path, { normalized: false }).get("a", "b")).toBe(2);
    // a-b-c-d-a: the a-c pair has two shortest paths, via b and via d.
    const square = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"]]);
    expect(Array.from(betweenness(square, { normalized: false }).values)).toEqual([0.5, 0.5, 0.5, 0.5]);
    // each edge: its own pair (1) + half of two diagonal pairs (0.5 + 0.5)
    expect(Array.from(edgeBetweenness(square, { normalized: false }).values)).toEqual([2, 2, 2, 2]);
  });

  it("follows arc directions and weighted distances", () => {
    const d = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"]], { directed: true });
    expect(Array.from(betweenness(d, { normalized: false }).values)).toEqual([1, 1, 1]);
    // a-b 1, b-c 1, a-c 5: the a-c shortest path runs through b when weighted.
    const g = SocialGraph.fromEdges([["a", "b", 1], ["b", "c", 1], ["a", "c", 5]]);
    expect(betweenness(g, { normalized: false }).get("b")).toBe(0);
    expect(betweenness(g, { normalized: false, weights: g.edgeWeights }).get("b")).toBe(1);
    // A tie-strength result becomes distances 1 / strength: a strong a-c tie (1) is short.
    const ties = { strength: new Float64Array([0.25, 1, 0.25]), weak: new Uint8Array(3), threshold: 0.5 };
    expect(betweenness(g, { normalized: false, weights: ties }).get("b")).toBe(0);
  });

  it("handles tiny graphs", () => {
    expect(Array.from(betweenness(SocialGraph.fromEdges([["a", "b"]])).values)).toEqual([0, 0]);
    expect(betweenness(SocialGraph.fromEdges([])).values.length).toBe(0);
    expect(Array.from(edgeBetweenness(SocialGraph.fromEdges([["a", "b"]])).values)).toEqual([1]);
  });

  it("validates options, reports progress and can be aborted", () => {
    const { graph: g } = karateClub();
    expect(() => betweenness(g, { pivots: 0 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => betweenness(g, { normalized: 1 as never })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => betweenness(g, { k: 3 } as never)).toThrowError(expect.objectContaining({ code: "UNKNOWN_OPTION" }));
    expect(() => edgeBetweenness(g, { weights: new Float64Array(3) })).toThrowError(expect.objectContaining({ code: "LENGTH_MISMATCH" }));
    const zero = { strength: new Float64Array(g.size), weak: new Uint8Array(g.size), threshold: 0.5 };
    expect(() => betweenness(g, { weights: zero })).toThrowError(expect.objectContaining({ code: "INVALID_WEIGHT" }));
    const seen: number[] = [];
    betweenness(g, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    expect(() =>
      edgeBetweenness(g, { signal: controller.signal, onProgress: (f) => (f > 0.5 ? controller.abort() : undefined) }),
    ).toThrowError(expect.objectContaining({ code: "ABORTED" }));
  });

  it("estimates from pivots like NetworkX's k (all pivots = exact; unbiased scaling)", () => {
    const { graph: g } = karateClub({ weighted: false });
    const exact = betweenness(g).values;
    close(betweenness(g, { pivots: 34 }).values, exact);
    const est = betweenness(g, { pivots: 20, seed: 3 });
    expect(est.sources).toBe(20);
    // node 0 (the instructor) stays the top broker in the estimate
    expect(est.values.indexOf(Math.max(...est.values))).toBe(0);
    expect(Math.abs(est.get("0") - exact[0]!)).toBeLessThan(0.15);
  });

  it("rescales a pivot sum exactly as NetworkX does (k - 1 for the sampled sources themselves)", () => {
    const { graph: g } = karateClub({ weighted: false });
    const n = g.order;
    const k = 20;
    // The pivots: the first k of a seeded shuffle of 0 .. n - 1, as documented.
    const order = new Random(3).shuffle(Int32Array.from({ length: n }, (_, i) => i));
    const pivots = new Set(Array.from(order.slice(0, k)));
    // Brandes' dependencies from each pivot, written out (BFS, undirected, unweighted).
    const sum = new Float64Array(n);
    for (const s of pivots) {
      const dist = new Array<number>(n).fill(-1);
      const sigma = new Array<number>(n).fill(0);
      const stack: number[] = [];
      const queue = [s];
      dist[s] = 0;
      sigma[s] = 1;
      while (queue.length > 0) {
        const v = queue.shift()!;
        stack.push(v);
        for (const u of g.neighbors(v)) {
          if (dist[u] === -1) {
            dist[u] = dist[v]! + 1;
            queue.push(u);
          }
          if (dist[u] === dist[v]! + 1) sigma[u]! += sigma[v]!;
        }
      }
      const delta = new Array<number>(n).fill(0);
      while (stack.length > 0) {
        const x = stack.pop()!;
        for (const v of g.neighbors(x)) if (dist[v] === dist[x]! - 1) delta[v]! += (sigma[v]! / sigma[x]!) * (1 + delta[x]!);
        if (x !== s) sum[x]! += delta[x]!;
      }
    }
    // NetworkX 3.6 _rescale, normalized, endpoints excluded: pivots saw k - 1 other sources.
    const expected = Array.from(sum, (x, v) => x / ((pivots.has(v) ? k - 1 : k) * (n - 2)));
    close(betweenness(g, { pivots: k, seed: 3 }).values, expected, 1e-12);
    // One pivot leaves its own value undefined (NetworkX divides by k - 1 = 0): rejected, not NaN.
    expect(() => betweenness(g, { pivots: 1 })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(edgeBetweenness(g, { pivots: 1 }).values.every(Number.isFinite)).toBe(true);
  });

  it("writes results back to graphology", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
    const graph = g.toGraphology();
    betweenness(g).assign(graph);
    edgeBetweenness(g).assign(graph, "eb");
    expect(graph.getNodeAttribute("b", "betweenness")).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge("a", "b"), "eb")).toBeCloseTo(2 / 3, 12);
    expect(betweenness(g).rows()[1]).toEqual({ node: "b", betweenness: 1 });
  });

  it.each([...UNDIRECTED, ...DIRECTED])("matches NetworkX betweenness_centrality and edge_betweenness_centrality on %s", (name) => {
    const { f, g } = load(name);
    for (const weighted of WEIGHTED.has(name) ? [false, true] : [false]) {
      const weights = weighted ? g.edgeWeights : null;
      const tag = weighted ? "Weighted" : "";
      for (const normalized of [false, true]) {
        const ntag = normalized ? "Normalized" : "";
        close(betweenness(g, { weights, normalized }).values, f[`betweenness${tag}${ntag}`] as number[]);
        const rows = f[`edgeBetweenness${tag}${ntag}`] as [string, string, number][];
        const expected = new Float64Array(g.size);
        for (const [u, v, x] of rows) expected[edgeOf(g, u, v)] = x;
        close(edgeBetweenness(g, { weights, normalized }).values, expected);
      }
    }
  });

  it("does not overflow path counts on the 20x20 grid (graphology's Uint32Array does)", () => {
    const { f, g } = load("grid-20");
    const b = betweenness(g, { normalized: false }).values;
    close(b, f.betweenness as number[]);
    // graphology-metrics' Uint32Array path counts wrap on this grid and give other values
    const peer = graphologyBetweenness(g.toGraphology(), { normalized: false }) as Record<string, number>;
    let worst = 0;
    (f.betweenness as number[]).forEach((x, i) => (worst = Math.max(worst, Math.abs(peer[g.key(i)]! - x))));
    expect(worst).toBeGreaterThan(1);
  });
});
