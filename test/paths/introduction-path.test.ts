import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SocialGraph, introductionPath, introductionPathFinder } from "../../src/index.js";
import { errorCode as code } from "../helpers/errors.js";
import { arbWeightedGraph, tiesOf } from "../helpers/ties.js";

/** Independent Dijkstra on -ln strength (O(n^2), array scan), following arcs on directed graphs. */
function dijkstraCost(g: SocialGraph, s: Float64Array, from: number, to: number): number {
  const n = g.order;
  const dist = new Array<number>(n).fill(Infinity);
  const done = new Array<boolean>(n).fill(false);
  dist[from] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && dist[i]! < Infinity && (u < 0 || dist[i]! < dist[u]!)) u = i;
    if (u < 0) break;
    done[u] = true;
    g.forEachNeighbor(u, (v, _w, e) => {
      const c = dist[u]! - Math.log(s[e]!);
      if (c < dist[v]!) dist[v] = c;
    });
  }
  return dist[to]!;
}

/** Brute force over all simple paths with at most k edges. */
function bestBounded(g: SocialGraph, s: Float64Array, from: number, to: number, k: number): number {
  let best = Infinity;
  const onPath = new Set<number>([from]);
  const walk = (u: number, cost: number, hops: number): void => {
    if (u === to) {
      best = Math.min(best, cost);
      return;
    }
    if (hops === k) return;
    g.forEachNeighbor(u, (v, _w, e) => {
      if (onPath.has(v) || s[e] === 0) return;
      onPath.add(v);
      walk(v, cost - Math.log(s[e]!), hops + 1);
      onPath.delete(v);
    });
  };
  walk(from, 0, 0);
  return best;
}

const chain = SocialGraph.fromEdges([
  ["ann", "bob", 0.9], ["bob", "cy", 0.9], ["cy", "dan", 0.9], ["ann", "eve", 0.2], ["eve", "dan", 0.3], ["x", "y", 1],
]);

describe("introductionPath", () => {
  it("prefers the strongest chain over the shortest one, ordered source to target", () => {
    const p = introductionPath(chain, "ann", "dan", { ties: tiesOf(chain) });
    expect(p.found).toBe(true);
    expect(p.nodes).toEqual(["ann", "bob", "cy", "dan"]);
    expect(p.trust).toBeCloseTo(0.729, 12);
    expect(p.cost).toBeCloseTo(-Math.log(0.729), 12);
    expect(p.hops.map((h) => h.strength)).toEqual([0.9, 0.9, 0.9]);
    expect(p.weakestLink).toEqual({ from: "ann", to: "bob", edge: chain.edgeId(chain.index("ann"), chain.index("bob")), strength: 0.9 });
    expect(p.rows()).toHaveLength(3);
    const back = introductionPath(chain, "dan", "ann", { ties: tiesOf(chain) });
    expect(back.nodes).toEqual(["dan", "cy", "bob", "ann"]);
  });

  it("respects maxHops with the best chain of at most that many ties", () => {
    const p = introductionPath(chain, "ann", "dan", { ties: tiesOf(chain), maxHops: 2 });
    expect(p.nodes).toEqual(["ann", "eve", "dan"]);
    expect(p.trust).toBeCloseTo(0.06, 12);
    expect(p.weakestLink?.strength).toBe(0.2);
    expect(introductionPath(chain, "ann", "dan", { ties: tiesOf(chain), maxHops: 1 }).found).toBe(false);
  });

  it("avoids people on request, and reports an explicit empty result when nothing connects", () => {
    const p = introductionPath(chain, "ann", "dan", { ties: tiesOf(chain), avoid: ["bob"] });
    expect(p.nodes).toEqual(["ann", "eve", "dan"]);
    const none = introductionPath(chain, "ann", "x", { ties: tiesOf(chain) });
    expect(none.found).toBe(false);
    expect(none.nodes).toEqual([]);
    expect(none.hops).toEqual([]);
    expect(none.weakestLink).toBeNull();
    expect(none.trust).toBe(0);
    expect(none.cost).toBe(Infinity);
    expect(introductionPath(chain, "ann", "dan", { ties: tiesOf(chain), avoid: ["bob", "eve"] }).found).toBe(false);
    const self = introductionPath(chain, "ann", "ann", { ties: tiesOf(chain) });
    expect(self.nodes).toEqual(["ann"]);
    expect(self.trust).toBe(1);
  });

  it("never uses a tie of strength 0, and follows arcs on directed graphs", () => {
    const g = SocialGraph.fromEdges([["a", "b", 0], ["a", "c", 0.5], ["c", "b", 0.5]]);
    expect(introductionPath(g, "a", "b", { ties: tiesOf(g) }).nodes).toEqual(["a", "c", "b"]);
    const d = SocialGraph.fromEdges([["a", "b", 0.9], ["c", "b", 0.9], ["c", "a", 0.1]], { directed: true });
    expect(introductionPath(d, "a", "c", { ties: tiesOf(d) }).found).toBe(false);
    expect(introductionPath(d, "c", "b", { ties: tiesOf(d) }).nodes).toEqual(["c", "b"]);
  });

  for (const directed of [false, true]) {
    it(`property: cost equals an independent Dijkstra on -ln strength (${directed ? "directed" : "undirected"})`, () => {
      fc.assert(
        fc.property(arbWeightedGraph({ maxN: 30, maxEdges: 120, directed }), fc.nat(29), fc.nat(29), (g, a, b) => {
          const n = g.order;
          const ties = tiesOf(g);
          const from = a % n;
          const to = b % n;
          const p = introductionPath(g, String(from), String(to), { ties });
          const want = dijkstraCost(g, ties.strength, from, to);
          if (want === Infinity) {
            expect(p.found).toBe(false);
          } else {
            expect(p.found).toBe(true);
            expect(p.indices[0]).toBe(from);
            expect(p.indices[p.indices.length - 1]).toBe(to);
            expect(p.cost).toBeCloseTo(want, 9);
            for (let k = 0; k + 1 < p.indices.length; k++) expect(g.hasEdge(p.indices[k]!, p.indices[k + 1]!)).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  }

  it("property: with maxHops the cost equals the best simple path of at most maxHops ties", () => {
    fc.assert(
      fc.property(arbWeightedGraph({ maxN: 9, maxEdges: 25, minW: 1, directed: "either" }), fc.integer({ min: 1, max: 4 }), (g, k) => {
        const n = g.order;
        const ties = tiesOf(g);
        const finder = introductionPathFinder(g, { ties, maxHops: k });
        for (let to = 1; to < n; to++) {
          const p = finder.find("0", String(to));
          const want = bestBounded(g, ties.strength, 0, to, k);
          if (want === Infinity) expect(p.found).toBe(false);
          else {
            expect(p.hops.length).toBeLessThanOrEqual(k);
            expect(p.cost).toBeCloseTo(want, 9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("rejects bad input with stable codes", () => {
    const ties = tiesOf(chain);
    expect(code(() => introductionPath(chain, "ann", "nobody", { ties }))).toBe("UNKNOWN_NODE");
    expect(code(() => introductionPath(chain, "nobody", "ann", { ties }))).toBe("UNKNOWN_NODE");
    expect(code(() => introductionPath(chain, "ann", "dan", { ties, avoid: ["nobody"] }))).toBe("UNKNOWN_NODE");
    expect(code(() => introductionPath(chain, "ann", "dan", { ties, avoid: "bob" as never }))).toBe("INVALID_OPTION");
    expect(code(() => introductionPath(chain, "ann", "dan", {}))).toBe("INVALID_OPTION");
    expect(code(() => introductionPath(chain, "ann", "dan", { ties, maxHops: 0 }))).toBe("INVALID_OPTION");
    expect(code(() => introductionPath(chain, "ann", "dan", { ties, maxHops: 1.5 }))).toBe("INVALID_OPTION");
    expect(code(() => introductionPath(chain, "ann", "dan", { ties, hops: 2 } as never))).toBe("UNKNOWN_OPTION");
    for (const bad of [0, 1.5, -Infinity, Number.NaN]) {
      expect(() => introductionPath(chain, "ann", "dan", { ties, maxHops: bad })).toThrow(
        `introductionPath: option maxHops must be a positive integer or Infinity, got ${bad}`,
      );
    }
    expect(() => introductionPath(chain, "ann", "nobody", { ties })).toThrow('introductionPath: no target node "nobody"');
    expect(code(() => introductionPath(chain, "ann", "dan", { ties: { ...ties, strength: new Float64Array(1) } }))).toBe("LENGTH_MISMATCH");
    const bad = Float64Array.from(ties.strength);
    bad[1] = NaN;
    expect(code(() => introductionPath(chain, "ann", "dan", { ties: { ...ties, strength: bad } }))).toBe("INVALID_WEIGHT");
  });
});
