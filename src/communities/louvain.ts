/**
 * Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008) on the typed-array work graph:
 * repeated sweeps of local moving over a seeded random node order until a sweep gains less than
 * `tolerance`, then aggregation of each community into one node (CSR, no maps), level after
 * level until a level merges nothing.
 * @internal
 */
import type { ProgressCallback } from "../util/progress.js";
import { throwIfAborted } from "../util/progress.js";
import type { Random } from "../util/random.js";
import { Mover } from "./local-moving.js";
import { aggregate, compact, Scratch, type Objective, type WorkGraph } from "./work-graph.js";

/** @internal */
export interface RunOptions {
  fn: string;
  random: Random;
  maxLevels: number;
  maxIterations: number;
  tolerance: number;
  randomness: number;
  onProgress: ProgressCallback | undefined;
  signal: AbortSignal | undefined;
}

/** @internal */
export interface RunResult {
  /** Community label of each original node (dense, `0 .. count - 1`, arbitrary order). */
  labels: Int32Array;
  count: number;
  /** Fine-to-coarse memberships over the original nodes (dense, arbitrary order). */
  levels: Int32Array[];
  iterations: number;
}

/** Runs Louvain on `base`. O(m) per sweep; usually a few sweeps per level and O(log n) levels. @internal */
export function runLouvain(base: WorkGraph, objective: Objective, o: RunOptions): RunResult {
  const n0 = base.n;
  const scratch = new Scratch(n0);
  const mover = new Mover(n0, scratch, objective.scale);
  const relabel = new Int32Array(n0);
  const labels = new Int32Array(n0);
  for (let i = 0; i < n0; i++) labels[i] = i;
  const order = new Int32Array(n0);
  const levels: Int32Array[] = [];
  let graph = base;
  let count = n0;
  for (let level = 0; level < o.maxLevels; level++) {
    throwIfAborted(o.fn, o.signal);
    const n = graph.n;
    mover.init(graph, null);
    for (let v = 0; v < n; v++) order[v] = v;
    o.random.shuffle(order.subarray(0, n));
    let movedAny = false;
    for (let sweep = 0; sweep < o.maxIterations; sweep++) {
      let improvement = 0;
      let moves = 0;
      for (let t = 0; t < n; t++) {
        improvement += mover.move(graph, order[t]!, false);
        if (mover.moved) moves++;
      }
      if (moves > 0) movedAny = true;
      if (moves === 0 || improvement * objective.gainToQuality <= o.tolerance) break;
      throwIfAborted(o.fn, o.signal);
    }
    if (!movedAny) break;
    const comm = mover.comm.subarray(0, n);
    const k = compact(comm, relabel);
    for (let i = 0; i < n0; i++) labels[i] = comm[labels[i]!]!;
    levels.push(labels.slice());
    count = k;
    o.onProgress?.(Math.min(0.99, 1 - k / n0), `louvain level ${level + 1}: ${k} communities`);
    if (k === n || level + 1 === o.maxLevels) break;
    graph = aggregate(graph, comm, k, scratch);
  }
  if (levels.length === 0) levels.push(labels.slice());
  return { labels, count, levels, iterations: levels.length };
}
