/**
 * Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008) on the typed-array work graph: local
 * moving until no node wants to move, then aggregation of each community into one node (CSR, no
 * maps), level after level until a level merges nothing or gains no more than `tolerance`.
 * Local moving uses the queue of fast local moving (Ozaki et al. 2016; Traag et al. 2019): it
 * reaches the same kind of local optimum as Blondel's repeated sweeps, visiting only nodes whose
 * neighbourhood changed (graphology's `fastLocalMoves`). At most `maxIterations · n` visits per level.
 * @internal
 */
import type { ProgressCallback } from "../util/progress.js";
import { throwIfAborted } from "../util/progress.js";
import type { Random } from "../util/random.js";
import { Mover, moveNodesFast } from "./local-moving.js";
import { aggregate, compact, EdgeStore, Scratch, type Objective, type WorkGraph } from "./work-graph.js";

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

/** Runs Louvain on `base`. O(m) per level in practice (queue visits), a handful of levels. @internal */
export function runLouvain(base: WorkGraph, objective: Objective, o: RunOptions): RunResult {
  const n0 = base.n;
  const scratch = new Scratch(n0);
  const store = new EdgeStore();
  const mover = new Mover(n0, scratch, objective.scale);
  const relabel = new Int32Array(n0);
  const labels = new Int32Array(n0);
  for (let i = 0; i < n0; i++) labels[i] = i;
  const queue = { queue: new Int32Array(n0), inQueue: new Uint8Array(n0) };
  const levels: Int32Array[] = [];
  let graph = base;
  let count = n0;
  for (let level = 0; level < o.maxLevels; level++) {
    throwIfAborted(o.fn, o.signal);
    const n = graph.n;
    mover.init(graph, null);
    moveNodesFast(graph, mover, queue, false, o.maxIterations * n, o);
    const gained = mover.gained * objective.gainToQuality;
    const comm = mover.comm.subarray(0, n);
    const k = compact(comm, relabel);
    for (let i = 0; i < n0; i++) labels[i] = comm[labels[i]!]!;
    levels.push(labels.slice());
    count = k;
    o.onProgress?.(Math.min(0.99, 1 - k / n0), `louvain level ${level + 1}: ${k} communities`);
    if (k === n || level + 1 === o.maxLevels || !(gained > o.tolerance)) break;
    graph = aggregate(graph, comm, k, scratch, store);
  }
  if (levels.length === 0) levels.push(labels.slice());
  return { labels, count, levels, iterations: levels.length };
}
