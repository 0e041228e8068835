/**
 * Measurements in a fresh process: build a graph of `m` edges `repeats` times with one contender
 * back to back and print `{ ms: [...], bytes }` as JSON (bytes = what one more build retains:
 * heap + array buffers after a full GC, measured apart from the timed builds).
 * Usage: node --expose-gc --import tsx benchmarks/graph-build.worker.ts <contender> <m> <repeats>
 */
import Graph from "graphology";
import { Random, SocialGraph, plantedSocialNetwork } from "../src/index.js";

const [contender = "arrays", mArg = "100000", repeatsArg = "1"] = process.argv.slice(2);
const seedArg = "1";
const m = Number(mArg);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

// The input: m distinct edges drawn at random (seeded) from a planted social network with a
// few more edges than m, in random order (as rows usually arrive).
const n = Math.max(1000, Math.round(m / 10));
const planted = plantedSocialNetwork({ n, averageDegree: (2 * m) / n / 0.85, seed: Number(seedArg) }).graph;
if (planted.size < m) throw new Error(`planted graph has ${planted.size} < ${m} edges`);
const pick = new Random(Number(seedArg)).shuffle(Int32Array.from({ length: planted.size }, (_, e) => e)).subarray(0, m);
const size = m;
const sources = Int32Array.from(pick, (e) => planted.edgeSources[e]!);
const targets = Int32Array.from(pick, (e) => planted.edgeTargets[e]!);
const weights = Float64Array.from(pick, (e) => planted.edgeWeights[e]!);
let rows: [string, string, number][] | null = null;
if (contender === "rows" || contender === "graphology") {
  rows = new Array(size);
  for (let e = 0; e < size; e++) rows[e] = [String(sources[e]), String(targets[e]), weights[e]!];
}

function used(): number {
  gc!();
  gc!();
  const u = process.memoryUsage();
  return u.heapUsed + u.arrayBuffers;
}

function build(): unknown {
  if (contender === "planted") return plantedSocialNetwork({ n, averageDegree: (2 * m) / n, seed: 2 }).graph;
  if (contender === "arrays") return SocialGraph.fromArrays(sources, targets, weights, { order: n });
  if (contender === "rows") return SocialGraph.fromEdges(rows!);
  if (contender === "graphology") {
    const graph = new Graph({ type: "undirected" });
    for (let e = 0; e < size; e++) {
      const r = rows![e]!;
      graph.mergeEdge(r[0], r[1], { weight: r[2] });
    }
    return graph;
  }
  throw new Error(`unknown contender ${contender}`);
}

// Timed builds run back to back: a forced full GC between them would also flush V8's compiled
// code and time a cold builder every time. Memory is measured on one more build, between GCs.
const ms: number[] = [];
let edges = 0;
for (let r = 0; r < Number(repeatsArg); r++) {
  const t0 = performance.now();
  const result: unknown = build();
  ms.push(performance.now() - t0);
  edges = result instanceof SocialGraph ? result.size : (result as Graph).size;
}
const before = used();
let kept: unknown = build();
const bytes = used() - before;
if (!kept) throw new Error("no graph");
kept = null;
console.log(JSON.stringify({ contender, m: size, edges, ms, bytes }));
