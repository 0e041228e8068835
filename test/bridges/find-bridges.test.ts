import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, TiescopeError, articulationPoints, findBridges } from "../../src/index.js";
import { UNDIRECTED, edgeOf, load } from "./parity.js";

/** Number of connected components by union-find, skipping edge `skip`. */
function components(n: number, edges: [number, number][], skip = -1): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  let c = n;
  edges.forEach(([u, v], k) => {
    if (k === skip) return;
    const a = find(u);
    const b = find(v);
    if (a !== b) {
      parent[a] = b;
      c--;
    }
  });
  return c;
}

const simpleGraph = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
    }),
  )
  .map(({ n, pairs }) => {
    const seen = new Set<string>();
    const edges: [number, number][] = [];
    for (const [a, b] of pairs) {
      const u = Math.min(a, b);
      const v = Math.max(a, b);
      if (u === v || seen.has(`${u},${v}`)) continue;
      seen.add(`${u},${v}`);
      edges.push([u, v]);
    }
    return { n, edges };
  });

describe("findBridges", () => {
  it("finds the pendant edge of a triangle with a tail", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
    const r = findBridges(g);
    expect(r.rows()).toEqual([{ source: "c", target: "d", edge: 3 }]);
    expect(r.get("d", "c")).toBe(true);
    expect(r.get("a", "b")).toBe(false);
    expect(r.components).toBe(1);
  });

  it("marks every edge of a forest and counts components with isolates", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["x", "y"]], { nodes: ["z"] });
    const r = findBridges(g);
    expect(r.count).toBe(3);
    expect(r.components).toBe(3);
  });

  it("handles an empty graph", () => {
    const r = findBridges(SocialGraph.fromEdges([]));
    expect(r.count).toBe(0);
    expect(r.components).toBe(0);
  });

  it("works on a path of a million nodes without recursion", () => {
    const n = 1_000_000;
    const s = new Int32Array(n - 1);
    const t = new Int32Array(n - 1);
    for (let i = 0; i < n - 1; i++) {
      s[i] = i;
      t[i] = i + 1;
    }
    const g = SocialGraph.fromArrays(s, t, null, { order: n });
    expect(findBridges(g).count).toBe(n - 1);
    const ap = articulationPoints(g);
    expect(ap.count).toBe(n - 2);
    expect(ap.isArticulation[0]).toBe(0);
    expect(ap.isArticulation[n - 1]).toBe(0);
  });

  it("rejects directed graphs and unknown edges", () => {
    const d = SocialGraph.fromEdges([["a", "b"]], { directed: true });
    expect(() => findBridges(d)).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_GRAPH" }));
    expect(() => articulationPoints(d)).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_GRAPH" }));
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]]);
    expect(() => findBridges(g).get("a", "c")).toThrowError(expect.objectContaining({ code: "UNKNOWN_EDGE" }));
    expect(() => findBridges(g).get("a", "q")).toThrowError(TiescopeError);
    expect(() => articulationPoints(g).get("q")).toThrowError(expect.objectContaining({ code: "UNKNOWN_NODE" }));
  });

  it("writes attributes back to a graphology graph", () => {
    const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]);
    const graph = g.toGraphology();
    findBridges(g).assign(graph);
    articulationPoints(g).assign(graph);
    expect(graph.getEdgeAttribute(graph.edge("c", "d"), "bridge")).toBe(true);
    expect(graph.getEdgeAttribute(graph.edge("a", "b"), "bridge")).toBe(false);
    expect(graph.getNodeAttribute("c", "articulation")).toBe(true);
  });

  it.each(UNDIRECTED)("matches NetworkX bridges and articulation_points on %s", (name) => {
    const { f, g } = load(name);
    const expected = (f.bridges as [string, string][]).map(([u, v]) => edgeOf(g, u, v)).sort((a, b) => a - b);
    expect(Array.from(findBridges(g).edges)).toEqual(expected);
    const points = (f.articulationPoints as string[]).map((k) => g.index(k)).sort((a, b) => a - b);
    expect(Array.from(articulationPoints(g).nodes)).toEqual(points);
  });

  it("removing a bridge increases the component count; removing another edge does not", () => {
    fc.assert(
      fc.property(simpleGraph, ({ n, edges }) => {
        const g = SocialGraph.fromArrays(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), null, { order: n });
        const r = findBridges(g);
        const base = components(n, edges);
        expect(r.components).toBe(base);
        edges.forEach(([u, v], k) => {
          const e = g.edgeId(u, v);
          expect(components(n, edges, k)).toBe(base + r.isBridge[e]!);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("removing an articulation point increases the component count", () => {
    fc.assert(
      fc.property(simpleGraph, ({ n, edges }) => {
        const g = SocialGraph.fromArrays(Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), null, { order: n });
        const ap = articulationPoints(g);
        const base = components(n, edges);
        for (let x = 0; x < n; x++) {
          // Removing x: drop its edges, and x itself is one fewer node.
          const kept = edges.filter(([u, v]) => u !== x && v !== x);
          const after = components(n, kept) - 1;
          expect(after > base).toBe(ap.isArticulation[x] === 1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
