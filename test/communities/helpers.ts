import fc from "fast-check";
import { SocialGraph } from "../../src/index.js";

/** A graph on nodes `0 .. n - 1` from `[source, target, weight]` triples (self-loops ignored, parallel edges summed). */
export function graphFromTriples(n: number, edges: readonly (readonly [number, number, number])[], directed: boolean): SocialGraph {
  return SocialGraph.fromArrays(
    Int32Array.from(edges, (e) => e[0]),
    Int32Array.from(edges, (e) => e[1]),
    Float64Array.from(edges, (e) => e[2]),
    { order: n, directed },
  );
}

/** Up to `perNode · n` random `[source, target, weight]` triples on nodes `0 .. n - 1` (at least one). */
export function triplesArb(n: number, weight: fc.Arbitrary<number>, perNode: number): fc.Arbitrary<[number, number, number][]> {
  return fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), weight), { minLength: 1, maxLength: perNode * n });
}

/** True when every community of `membership` induces a connected subgraph of `g` (BFS, ignoring direction). */
export function communitiesConnected(g: SocialGraph, membership: Int32Array, count: number): boolean {
  const n = g.order;
  const seen = new Uint8Array(n);
  const started = new Uint8Array(count);
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const c = membership[s]!;
    if (started[c]) return false; // a second component of an already-visited community
    started[c] = 1;
    seen[s] = 1;
    stack.push(s);
    while (stack.length > 0) {
      const v = stack.pop()!;
      const visit = (u: number) => {
        if (!seen[u] && membership[u] === c) {
          seen[u] = 1;
          stack.push(u);
        }
      };
      g.neighbors(v).forEach(visit);
      if (g.directed) g.inNeighbors(v).forEach(visit);
    }
  }
  return true;
}
