/**
 * Where Louvain's and Leiden's time goes: runs both level by level on the internal work graph
 * (the same steps as `runLouvain` / `runLeiden`) and times local moving, refinement and
 * aggregation at level 0 and at the levels above it, then times whole `detectCommunities`
 * calls, Louvain and Leiden alternating call by call in one process. Medians over seeds.
 *
 *   npx tsx benchmarks/community-phases.bench.ts [planted-10k|planted-100k|musae] [calls] [--quick]
 */
import os from "node:os";
import { detectCommunities } from "../src/index.js";
import { loadCommunityGraph } from "./community-graphs.js";
import { Mover, moveNodesFast } from "../src/communities/local-moving.js";
import { Refiner } from "../src/communities/refine.js";
import { aggregate, buildWorkGraph, compact, EdgeStore, Scratch, type WorkGraph } from "../src/communities/work-graph.js";
import { Random } from "../src/util/random.js";

const quick = process.argv.includes("--quick");
const [name = quick ? "planted-10k" : "planted-100k", callsArg = quick ? "10" : "40"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const calls = Number(callsArg);
const g = loadCommunityGraph(name);
type Phases = Record<"move0" | "refine0" | "aggregate0" | "moveUp" | "refineUp" | "aggregateUp", number>;

/** One run, level by level, as runLouvain (leiden = false) or one runLeiden pass does it. */
function phases(leiden: boolean, seed: number): Phases {
  const T: Phases = { move0: 0, refine0: 0, aggregate0: 0, moveUp: 0, refineUp: 0, aggregateUp: 0 };
  const { graph: base, objective } = buildWorkGraph(g, g.edgeWeights, "modularity", 1);
  const o = { random: new Random(seed), fn: "phases", signal: undefined };
  const n0 = base.n;
  const scratch = new Scratch(n0);
  const store = new EdgeStore();
  const mover = new Mover(n0, scratch, objective.scale);
  const refiner = new Refiner(n0, scratch, objective);
  const relabel = new Int32Array(n0);
  const buf = { queue: new Int32Array(n0), inQueue: new Uint8Array(n0) };
  let graph: WorkGraph = base;
  let P: Int32Array | null = null;
  for (let level = 0; level < 100; level++) {
    const up = level > 0;
    let t = performance.now();
    mover.init(graph, P, P !== null);
    moveNodesFast(graph, mover, buf, leiden, leiden ? Infinity : 100 * graph.n, o);
    const comm = mover.comm.subarray(0, graph.n);
    const kP = compact(comm, relabel);
    T[up ? "moveUp" : "move0"] += performance.now() - t;
    if (kP === graph.n || (!leiden && !(mover.gained * objective.gainToQuality > 1e-7))) break;
    let R = comm;
    let k = kP;
    if (leiden) {
      t = performance.now();
      k = refiner.refine(graph, comm, kP, mover.kin, o.random, 0.01);
      R = refiner.refined.subarray(0, graph.n);
      if (k === graph.n) {
        R = comm;
        k = kP;
      }
      T[up ? "refineUp" : "refine0"] += performance.now() - t;
    }
    t = performance.now();
    const next = new Int32Array(k);
    for (let v = 0; v < graph.n; v++) next[R[v]!] = comm[v]!;
    graph = aggregate(graph, R, k, scratch, store, leiden ? { groups: next, into: mover.kin } : null);
    T[up ? "aggregateUp" : "aggregate0"] += performance.now() - t;
    P = leiden ? next : null;
  }
  return T;
}

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
console.log(`${name}: ${g.order} nodes, ${g.size} edges; node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (let w = 0; w < 5; w++) {
  phases(false, 100 + w);
  phases(true, 100 + w);
  detectCommunities(g, { algorithm: "louvain", seed: w });
  detectCommunities(g, { seed: w });
}
const runs: Record<"louvain" | "leiden", Phases[]> = { louvain: [], leiden: [] };
const whole: Record<"louvain" | "leiden", number[]> = { louvain: [], leiden: [] };
for (let i = 0; i < calls; i++) {
  const seed = i;
  runs.louvain.push(phases(false, seed));
  runs.leiden.push(phases(true, seed));
  let t = performance.now();
  detectCommunities(g, { algorithm: "louvain", seed });
  whole.louvain.push(performance.now() - t);
  t = performance.now();
  detectCommunities(g, { seed });
  whole.leiden.push(performance.now() - t);
}
console.log("\n| algorithm | local moving, level 0 | refinement, level 0 | aggregation, level 0 | local moving, levels ≥ 1 | refinement, levels ≥ 1 | aggregation, levels ≥ 1 | detectCommunities |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const alg of ["louvain", "leiden"] as const) {
  const cell = (k: keyof Phases) => (alg === "louvain" && k.startsWith("refine") ? "–" : median(runs[alg].map((T) => T[k])).toFixed(1));
  console.log(`| ${alg} | ${cell("move0")} | ${cell("refine0")} | ${cell("aggregate0")} | ${cell("moveUp")} | ${cell("refineUp")} | ${cell("aggregateUp")} | ${median(whole[alg]).toFixed(1)} |`);
}
console.log(`\nLeiden / Louvain, whole calls (medians of ${calls} alternating calls): ${(median(whole.leiden) / median(whole.louvain)).toFixed(2)}x`);

// What one pass over every row costs on its own, in a seeded random node order (as the steps
// visit nodes): reading each target's label only, and with the stamped per-community
// accumulation that local moving, refinement and aggregation all do.
{
  const { graph } = buildWorkGraph(g, g.edgeWeights, "modularity", 1);
  const { n, offsets, targets, weights } = graph;
  const order = new Random(7).shuffle(Int32Array.from({ length: n }, (_, v) => v));
  const labels = Int32Array.from({ length: n }, (_, v) => v);
  const scratch = new Scratch(n);
  const plain = (): number => {
    let s = 0;
    for (let t = 0; t < n; t++) {
      const v = order[t]!;
      for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) s += labels[targets[h]!]! * weights[h]!;
    }
    return s;
  };
  const stamped = (): number => {
    const { stamp, acc, list } = scratch;
    let s = 0;
    for (let t = 0; t < n; t++) {
      const v = order[t]!;
      const mark = scratch.nextStamp();
      let len = 0;
      for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
        const d = labels[targets[h]!]!;
        if (stamp[d] !== mark) {
          stamp[d] = mark;
          acc[d] = 0;
          list[len++] = d;
        }
        acc[d]! += weights[h]!;
      }
      s += len;
    }
    return s;
  };
  const T = { plain: [] as number[], stamped: [] as number[] };
  for (let i = 0; i < Math.max(20, calls); i++) {
    let t = performance.now();
    plain();
    T.plain.push(performance.now() - t);
    t = performance.now();
    stamped();
    T.stamped.push(performance.now() - t);
  }
  console.log(
    `One pass over all ${targets.length} half-edges in random node order: ${median(T.plain).toFixed(1)} ms reading labels only, ` +
      `${median(T.stamped).toFixed(1)} ms with stamped accumulation per row.`,
  );
}
