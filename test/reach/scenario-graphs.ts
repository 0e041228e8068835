/** Graphs for the validation tests: the essay's two accounts, a ring lattice and a random regular graph. */
import { Random, SocialGraph } from "../../src/index.js";

export interface EssayScenario {
  graph: SocialGraph;
  /** Strength per edge: see {@link essayScenario}. */
  strength: Float64Array;
  a: number;
  b: number;
}

/**
 * Account A (node 0) with 1,000 engaged followers and account B (node 1) with 100,000 passive
 * followers, as arcs "x -> y: x interacts with y" weighted by interaction counts:
 * - A's followers exchange 100 interactions with A in both directions and 50 with each of their 4
 *   nearest fellow followers on a ring (strong, reciprocal, clustered ties);
 * - B's followers each interacted with B once (one-way) and are each followed by `peers` random
 *   other passive followers with 10 interactions (weak, one-way ties).
 * Strength, derived from the weights and reciprocity: s = (1 - exp(-w / 50)) for a reciprocated
 * tie, a quarter of that for a one-way tie (one-sided attention counts for less, Granovetter 1973).
 */
export function essayScenario({ engaged = 1000, passive = 100_000, peers = 10, seed = 1 } = {}): EssayScenario {
  const random = new Random(seed);
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  const arc = (u: number, v: number, x: number): void => void (src.push(u), dst.push(v), w.push(x));
  const A = 0;
  const B = 1;
  const firstA = 2;
  for (let i = 0; i < engaged; i++) {
    const f = firstA + i;
    arc(f, A, 100);
    arc(A, f, 100);
    for (const d of [1, 2]) {
      const g = firstA + ((i + d) % engaged);
      arc(f, g, 50);
      arc(g, f, 50);
    }
  }
  const firstB = firstA + engaged;
  for (let i = 0; i < passive; i++) arc(firstB + i, B, 1);
  for (let i = 0; i < passive; i++) {
    for (let k = 0; k < peers; k++) {
      let j = random.int(passive - 1);
      if (j >= i) j++;
      arc(firstB + j, firstB + i, 10);
    }
  }
  const graph = SocialGraph.fromArrays(Int32Array.from(src), Int32Array.from(dst), Float64Array.from(w), {
    directed: true,
    order: firstB + passive,
  });
  const strength = new Float64Array(graph.size);
  for (let e = 0; e < graph.size; e++) {
    const u = graph.edgeSources[e]!;
    const v = graph.edgeTargets[e]!;
    const base = 1 - Math.exp(-graph.edgeWeights[e]! / 50);
    strength[e] = graph.hasEdge(v, u) ? base : base / 4;
  }
  return { graph, strength, a: A, b: B };
}

/** A ring of n nodes, each joined to its `k` nearest neighbours on each side (degree 2k). */
export function ringLattice(n: number, k: number): SocialGraph {
  const s: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < n; i++) for (let d = 1; d <= k; d++) (s.push(i), t.push((i + d) % n));
  return SocialGraph.fromArrays(Int32Array.from(s), Int32Array.from(t), null, { order: n, parallelEdges: "error" });
}

/** A simple random d-regular graph on n nodes (pairing model with local retries and restarts). */
export function randomRegular(n: number, d: number, seed: number): SocialGraph {
  const random = new Random(seed);
  for (;;) {
    const stubs: number[] = [];
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) stubs.push(i);
    const seen = new Set<number>();
    const s: number[] = [];
    const t: number[] = [];
    let ok = true;
    while (stubs.length > 0 && ok) {
      let placed = false;
      for (let tries = 0; tries < 100 && !placed; tries++) {
        const i = random.int(stubs.length);
        let j = random.int(stubs.length - 1);
        if (j >= i) j++;
        const u = stubs[i]!;
        const v = stubs[j]!;
        const key = Math.min(u, v) * n + Math.max(u, v);
        if (u === v || seen.has(key)) continue;
        seen.add(key);
        s.push(u);
        t.push(v);
        const [hi, lo] = i > j ? [i, j] : [j, i];
        stubs[hi] = stubs[stubs.length - 1]!;
        stubs.pop();
        stubs[lo] = stubs[stubs.length - 1]!;
        stubs.pop();
        placed = true;
      }
      ok = placed;
    }
    if (ok) return SocialGraph.fromArrays(Int32Array.from(s), Int32Array.from(t), null, { order: n, parallelEdges: "error" });
  }
}
