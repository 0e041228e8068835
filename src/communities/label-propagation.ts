/**
 * Asynchronous label propagation (Raghavan, Albert & Kumara 2007) on the symmetric work graph:
 * every node starts with its own label; each round visits the nodes in a fresh seeded random
 * order and gives each node the label carrying the largest total edge weight among its
 * neighbours, ties broken uniformly at random — except that a node whose current label is among
 * the best keeps it (so the process stops). Rounds stop when no label changes or after
 * `maxIterations` rounds.
 * @internal
 */
import { throwIfAborted } from "../util/progress.js";
import type { RunOptions, RunResult } from "./louvain.js";
import { compact, Scratch, type WorkGraph } from "./work-graph.js";

/** Runs label propagation. O(m) per round. @internal */
export function runLabelPropagation(graph: WorkGraph, o: RunOptions): RunResult {
  const { n, offsets, targets, weights } = graph;
  const scratch = new Scratch(n);
  const { stamp, acc, list } = scratch;
  const labels = new Int32Array(n);
  const order = new Int32Array(n);
  const ties = new Int32Array(n);
  for (let v = 0; v < n; v++) labels[v] = order[v] = v;
  let rounds = 0;
  for (let round = 0; round < o.maxIterations; round++) {
    throwIfAborted(o.fn, o.signal);
    o.random.shuffle(order);
    rounds++;
    let changed = 0;
    for (let t = 0; t < n; t++) {
      const v = order[t]!;
      const mark = scratch.nextStamp();
      let len = 0;
      for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
        const c = labels[targets[h]!]!;
        if (stamp[c] !== mark) {
          stamp[c] = mark;
          acc[c] = 0;
          list[len++] = c;
        }
        acc[c]! += weights[h]!;
      }
      if (len === 0) continue;
      let best = -Infinity;
      for (let i = 0; i < len; i++) if (acc[list[i]!]! > best) best = acc[list[i]!]!;
      const own = labels[v]!;
      if (stamp[own] === mark && acc[own] === best) continue;
      let nt = 0;
      for (let i = 0; i < len; i++) if (acc[list[i]!] === best) ties[nt++] = list[i]!;
      labels[v] = ties[nt === 1 ? 0 : o.random.int(nt)]!;
      changed++;
    }
    o.onProgress?.(Math.min(0.99, (round + 1) / o.maxIterations), `label propagation round ${round + 1}: ${changed} changes`);
    if (changed === 0) break;
  }
  const count = compact(labels, new Int32Array(n));
  return { labels, count, levels: [labels.slice()], iterations: rounds };
}
