/**
 * Leiden (Traag, Waltman & van Eck 2019) on the typed-array work graph. One pass:
 * 1. fast local moving: a queue seeded with all nodes in random order; a node that moves puts
 *    its neighbours outside its new community back on the queue (empty communities allowed);
 * 2. if every community is a single node, stop; otherwise refine each community (refine.ts);
 * 3. aggregate on the refined partition, starting the next level from the unrefined one (each
 *    refined community lies inside one community), falling back to aggregating on the
 *    unrefined partition when refinement leaves only singletons.
 * `levels` are the refined partitions the graph was aggregated on (the aggregate nodes, mapped back
 * to the original nodes), fine to coarse, then the final partition.
 * Passes are repeated from the previous result until a pass gains no more than `tolerance`
 * (at most `maxIterations` passes), as leidenalg does with a negative `n_iterations`.
 * @internal
 */
import { throwIfAborted } from "../util/progress.js";
import { Mover, moveNodesFast, type QueueBuffers } from "./local-moving.js";
import type { RunOptions, RunResult } from "./louvain.js";
import { Refiner } from "./refine.js";
import { aggregate, compact, EdgeStore, Scratch, type Objective, type WorkGraph } from "./work-graph.js";

/** Runs Leiden on `base`. @internal */
export function runLeiden(base: WorkGraph, objective: Objective, o: RunOptions): RunResult {
  const n0 = base.n;
  const scratch = new Scratch(n0);
  const store = new EdgeStore();
  const mover = new Mover(n0, scratch, objective.scale);
  const refiner = new Refiner(n0, scratch, objective);
  const buffers = { relabel: new Int32Array(n0), queue: new Int32Array(n0), inQueue: new Uint8Array(n0), mem: new Int32Array(n0) };
  let best: RunResult | null = null;
  let bestQuality = -Infinity;
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    const pass = leidenPass(base, best ? best.labels : null, mover, refiner, scratch, store, buffers, objective, o);
    const quality = pass.quality;
    const gained = quality - bestQuality;
    if (best === null || gained > 0) {
      best = { labels: pass.labels, count: pass.count, levels: pass.levels, iterations: iteration + 1 };
      bestQuality = quality;
    }
    o.onProgress?.(Math.min(0.99, (iteration + 1) / (iteration + 2)), `leiden iteration ${iteration + 1}: ${pass.count} communities`);
    if (iteration > 0 && !(gained > o.tolerance)) break;
  }
  return best ?? { labels: new Int32Array(n0).map((_, i) => i), count: n0, levels: [], iterations: 0 };
}

interface Buffers extends QueueBuffers {
  relabel: Int32Array;
  mem: Int32Array;
}

function leidenPass(
  base: WorkGraph,
  initial: Int32Array | null,
  mover: Mover,
  refiner: Refiner,
  scratch: Scratch,
  store: EdgeStore,
  buf: Buffers,
  objective: Objective,
  o: RunOptions,
): Omit<RunResult, "iterations"> & { quality: number } {
  const n0 = base.n;
  const { relabel, mem } = buf;
  for (let i = 0; i < n0; i++) mem[i] = i;
  let graph = base;
  let P: Int32Array | null = initial ? initial.slice() : null;
  const levels: Int32Array[] = [];
  const labels = new Int32Array(n0);
  let count = n0;
  let quality = 0;
  for (let level = 0; level < o.maxLevels; level++) {
    throwIfAborted(o.fn, o.signal);
    const n = graph.n;
    // Above level 0, `aggregate` has written each node's weight inside its community of P.
    mover.init(graph, P, level > 0);
    moveNodesFast(graph, mover, buf, true, Infinity, o);
    const comm = mover.comm.subarray(0, n);
    const kP = compact(comm, relabel);
    count = kP;
    if (kP === n || level + 1 === o.maxLevels) {
      for (let i = 0; i < n0; i++) labels[i] = comm[mem[i]!]!;
      quality = objectiveValue(graph, comm, kP, objective);
      break;
    }
    let kR = refiner.refine(graph, comm, kP, mover.kin, o.random, o.randomness);
    let R = refiner.refined.subarray(0, n);
    if (kR === n) {
      R = comm;
      kR = kP;
    }
    const next = new Int32Array(kR);
    for (let v = 0; v < n; v++) next[R[v]!] = comm[v]!;
    graph = aggregate(graph, R, kR, scratch, store, { groups: next, into: mover.kin });
    for (let i = 0; i < n0; i++) mem[i] = R[mem[i]!]!;
    levels.push(mem.slice());
    P = next;
  }
  levels.push(labels);
  return { labels, count, levels, quality };
}

/**
 * The normalised objective of dense labels on a (possibly aggregated) work graph: modularity for
 * the modularity objective, `Σ_c e_c − γ Σ_c n_c² / 2` for CPM. Evaluated on the last aggregate
 * graph of a pass, so it costs O(size of that graph), not O(m). @internal
 */
export function objectiveValue(graph: WorkGraph, labels: Int32Array, count: number, objective: Objective): number {
  const { n, offsets, targets, weights, a, b, loops } = graph;
  let inside = 0;
  for (let v = 0; v < n; v++) {
    const c = labels[v]!;
    inside += loops[v]!;
    for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) if (labels[targets[h]!] === c) inside += weights[h]!;
  }
  const A = new Float64Array(count);
  const B = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    A[labels[v]!]! += a[v]!;
    B[labels[v]!]! += b[v]!;
  }
  let penalty = 0;
  for (let c = 0; c < count; c++) penalty += A[c]! * B[c]!;
  return ((inside - 2 * objective.scale * penalty) * objective.gainToQuality) / 2;
}
