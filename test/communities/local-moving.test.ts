import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { graphFromTriples, triplesArb } from "./helpers.js";
import { Mover, moveNodesFast } from "../../src/communities/local-moving.js";
import { buildWorkGraph, Scratch, type WorkGraph } from "../../src/communities/work-graph.js";
import { Random } from "../../src/util/random.js";

/** Fast local moving without pruning: every queued node is scanned by `move`. */
function unprunedMoves(graph: WorkGraph, mover: Mover, random: Random, allowEmpty: boolean): number {
  const { n, offsets, targets } = graph;
  const queue = Int32Array.from({ length: n }, (_, v) => v);
  random.shuffle(queue);
  const inQueue = new Uint8Array(n).fill(1);
  let head = 0;
  let tail = 0;
  let length = n;
  let pops = 0;
  while (length > 0) {
    const v = queue[head]!;
    head = (head + 1) % n;
    length--;
    inQueue[v] = 0;
    pops++;
    mover.move(graph, v, allowEmpty);
    if (!mover.moved) continue;
    const c = mover.comm[v]!;
    for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
      const u = targets[h]!;
      if (inQueue[u] === 0 && mover.comm[u] !== c) {
        inQueue[u] = 1;
        queue[tail] = u;
        tail = (tail + 1) % n;
        length++;
      }
    }
  }
  return pops;
}

describe("fast local moving with pruning", () => {
  it("moves exactly as scanning every queued node does, and keeps w(v, C_v − v) exact", () => {
    const arb = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: triplesArb(n, fc.double({ min: 0.1, max: 5, noNaN: true }), 5),
        start: fc.option(fc.array(fc.nat(), { minLength: n, maxLength: n }), { nil: null }),
        directed: fc.boolean(),
        cpm: fc.boolean(),
        allowEmpty: fc.boolean(),
        seed: fc.integer({ min: 0, max: 10_000 }),
      }),
    );
    let pruned = 0;
    fc.assert(
      fc.property(arb, ({ n, edges, start, directed, cpm, allowEmpty, seed }) => {
        const g = graphFromTriples(n, edges, directed);
        const { graph, objective } = buildWorkGraph(g, g.edgeWeights, cpm ? "cpm" : "modularity", cpm ? 0.3 : 1);
        const initial = start ? Int32Array.from(start, (x) => x % n) : null;
        const fast = new Mover(n, new Scratch(n), objective.scale);
        const plain = new Mover(n, new Scratch(n), objective.scale);
        fast.init(graph, initial);
        plain.init(graph, initial);
        let scans = 0;
        const move = fast.move.bind(fast);
        fast.move = (...args) => {
          scans++;
          return move(...args);
        };
        const options = { random: new Random(seed), fn: "test", signal: undefined };
        const pops = moveNodesFast(graph, fast, { queue: new Int32Array(n), inQueue: new Uint8Array(n) }, allowEmpty, Infinity, options);
        const plainPops = unprunedMoves(graph, plain, new Random(seed), allowEmpty);
        expect(Array.from(fast.comm.subarray(0, n))).toEqual(Array.from(plain.comm.subarray(0, n)));
        expect(pops).toBe(plainPops);
        for (let v = 0; v < n; v++) {
          let inside = 0;
          for (let h = graph.offsets[v]!; h < graph.offsets[v + 1]!; h++) if (fast.comm[graph.targets[h]!] === fast.comm[v]) inside += graph.weights[h]!;
          expect(fast.kin[v]!).toBeCloseTo(inside, 9);
        }
        if (scans < pops) pruned++;
      }),
      { seed: 11, numRuns: 300 },
    );
    // The property only says something if many cases skip scans.
    expect(pruned).toBeGreaterThan(50);
  });
});
