import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, edgeEmbeddedness, findBridges, localBridges } from "../../src/index.js";
import { UNDIRECTED, WEIGHTED, edgeOf, inf, load } from "./parity.js";

describe("localBridges", () => {
  it("gives span 3 on a square and Infinity on a pendant edge", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"], ["d", "e"]]);
    const r = localBridges(g);
    expect(r.rows().map((x) => `${x.source}-${x.target}:${x.span}`)).toEqual(["a-b:3", "a-d:3", "b-c:3", "c-d:3", "d-e:Infinity"]);
    expect(r.get("e", "d")).toEqual({ source: "d", target: "e", edge: 4, span: Infinity, global: true });
    expect(r.weighted).toBe(false);
  });

  it("excludes triangle edges and uses weighted distances when asked", () => {
    // a-b-c triangle, and a 4-cycle c-d-e-f-c: c-d spans 3 hops, or 2 + 5 + 1 = 8 weighted.
    const g = SocialGraph.fromEdges([
      ["a", "b", 1], ["b", "c", 1], ["c", "a", 1],
      ["c", "d", 1], ["d", "e", 2], ["e", "f", 5], ["f", "c", 1],
    ]);
    const hops = localBridges(g);
    expect(hops.get("a", "b")).toBeNull();
    expect(hops.get("c", "d")!.span).toBe(3);
    const w = localBridges(g, { weights: g.edgeWeights });
    expect(w.get("c", "d")!.span).toBe(8);
    expect(w.get("e", "f")!.span).toBe(4);
    expect(w.weighted).toBe(true);
  });

  it("turns a tie-strength-like object into distances 1 / strength", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"]]);
    // edges by id: a-b, a-d, b-c, c-d; without a-b the path a-d-c-b has length 1/0.5 + 1/0.25 + 1/1
    const r = localBridges(g, { weights: { strength: new Float64Array([0.1, 0.5, 1, 0.25]) } });
    expect(r.get("a", "b")!.span).toBeCloseTo(7, 12);
    expect(() => localBridges(g, { weights: { strength: new Float64Array([0, 1, 1, 1]) } })).toThrowError(expect.objectContaining({ code: "INVALID_WEIGHT" }));
  });

  it("validates its input", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
    expect(() => localBridges(g, { weights: new Float64Array(1) })).toThrowError(expect.objectContaining({ code: "LENGTH_MISMATCH" }));
    expect(() => localBridges(g, { weights: new Float64Array([1, -1]) })).toThrowError(expect.objectContaining({ code: "INVALID_WEIGHT" }));
    expect(() => localBridges(g, { weights: [1, 2] as unknown as Float64Array })).toThrowError(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => localBridges(g, { wieghts: null } as never)).toThrowError(expect.objectContaining({ code: "UNKNOWN_OPTION" }));
    const d = SocialGraph.fromEdges([["a", "b"]], { directed: true });
    expect(() => localBridges(d)).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_GRAPH" }));
    const controller = new AbortController();
    controller.abort();
    expect(() => localBridges(g, { signal: controller.signal })).toThrowError(expect.objectContaining({ code: "ABORTED" }));
  });

  it("reports progress and writes spans back", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"], ["a", "c"]]);
    const seen: number[] = [];
    const r = localBridges(g, { onProgress: (f) => seen.push(f) });
    expect(r.count).toBe(0);
    expect(seen.at(-1)).toBe(1);
    const h = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
    const graph = h.toGraphology();
    localBridges(h).assign(graph);
    expect(graph.getEdgeAttribute(graph.edge("c", "d"), "localBridgeSpan")).toBe(Infinity);
    expect(graph.getEdgeAttribute(graph.edge("a", "c"), "localBridgeSpan")).toBeNull();
  });

  it.each(UNDIRECTED)("matches NetworkX local_bridges(with_span=True) on %s", (name) => {
    const { f, g } = load(name);
    const check = (r: ReturnType<typeof localBridges>, expected: [string, string, number | null][]) => {
      const want = expected.map(([u, v, s]) => [edgeOf(g, u, v), inf(s)] as const).sort((a, b) => a[0] - b[0]);
      expect(Array.from(r.edges)).toEqual(want.map((x) => x[0]));
      want.forEach(([, s], k) => (s === Infinity ? expect(r.span[k]).toBe(Infinity) : expect(r.span[k]).toBeCloseTo(s, 9)));
    };
    check(localBridges(g), f.localBridges as [string, string, number | null][]);
    if (WEIGHTED.has(name)) check(localBridges(g, { weights: g.edgeWeights }), f.localBridgesWeighted as [string, string, number | null][]);
  });

  it("local bridges share no neighbour, span >= 3 unless global, and every bridge is a local bridge", () => {
    const graphs = fc
      .integer({ min: 2, max: 16 })
      .chain((n) => fc.record({ n: fc.constant(n), pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 }) }));
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const kept = pairs.filter(([u, v]) => u !== v);
        const g = SocialGraph.fromArrays(Int32Array.from(kept, (p) => p[0]), Int32Array.from(kept, (p) => p[1]), null, { order: n, parallelEdges: "max" });
        const r = localBridges(g);
        const bridges = findBridges(g);
        const emb = edgeEmbeddedness(g);
        for (let e = 0; e < g.size; e++) {
          const u = g.edgeSources[e]!;
          const v = g.edgeTargets[e]!;
          const a = new Set(g.neighbors(u));
          const common = Array.from(g.neighbors(v)).some((x) => a.has(x));
          expect(r.isLocalBridge[e] === 1).toBe(!common);
          expect(emb[e] === 0).toBe(!common);
          if (bridges.isBridge[e] === 1) expect(r.isLocalBridge[e]).toBe(1);
        }
        r.rows().forEach((row) => {
          expect(row.global).toBe(bridges.isBridge[row.edge] === 1);
          if (!row.global) expect(row.span).toBeGreaterThanOrEqual(3);
        });
      }),
      { numRuns: 150 },
    );
  });
  it("hop spans equal a plain BFS without the edge (spans 3 to 6+ and global)", () => {
    // Reference: breadth-first search from u skipping edge e, on the neighbour lists.
    const hopsWithout = (g: SocialGraph, e: number): number => {
      const u = g.edgeSources[e]!;
      const v = g.edgeTargets[e]!;
      const dist = new Map<number, number>([[u, 0]]);
      const queue = [u];
      for (let i = 0; i < queue.length; i++) {
        const x = queue[i]!;
        for (const y of g.neighbors(x)) {
          if ((x === u && y === v) || (x === v && y === u) || dist.has(y)) continue;
          dist.set(y, dist.get(x)! + 1);
          queue.push(y);
        }
      }
      return dist.get(v) ?? Infinity;
    };
    const graphs = fc
      .integer({ min: 4, max: 40 })
      .chain((n) => fc.record({ n: fc.constant(n), pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: n - 2, maxLength: 2 * n }) }));
    const seen = new Set<number>();
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const kept = pairs.filter(([u, v]) => u !== v);
        const g = SocialGraph.fromArrays(Int32Array.from(kept, (p) => p[0]), Int32Array.from(kept, (p) => p[1]), null, { order: n, parallelEdges: "max" });
        const r = localBridges(g);
        for (let k = 0; k < r.count; k++) {
          expect(r.span[k]).toBe(hopsWithout(g, r.edges[k]!));
          seen.add(r.span[k]!);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    for (const s of [3, 4, 5, 6, Infinity]) expect(seen.has(s)).toBe(true);
  });
});
