/**
 * Interim warm introduction path until `introductionPath` lands: the path maximising the product
 * of tie strengths (Dijkstra on cost −ln max(s, 1e-3)), direction ignored.
 */
import type { Incidence } from "./incidence.js";

/** Node indices from `from` to `to`, or null when unreachable. */
export function interimPath(inc: Incidence, strength: Float64Array, from: number, to: number): number[] | null {
  const n = inc.offsets.length - 1;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // Binary heap of (cost, node) with lazy deletion.
  const heapCost: number[] = [];
  const heapNode: number[] = [];
  const push = (c: number, v: number): void => {
    let k = heapCost.length;
    heapCost.push(c);
    heapNode.push(v);
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (heapCost[parent]! <= c) break;
      heapCost[k] = heapCost[parent]!;
      heapNode[k] = heapNode[parent]!;
      k = parent;
    }
    heapCost[k] = c;
    heapNode[k] = v;
  };
  const pop = (): number => {
    const top = heapNode[0]!;
    const c = heapCost.pop()!;
    const v = heapNode.pop()!;
    const size = heapCost.length;
    if (size > 0) {
      let k = 0;
      for (;;) {
        let child = 2 * k + 1;
        if (child >= size) break;
        if (child + 1 < size && heapCost[child + 1]! < heapCost[child]!) child++;
        if (heapCost[child]! >= c) break;
        heapCost[k] = heapCost[child]!;
        heapNode[k] = heapNode[child]!;
        k = child;
      }
      heapCost[k] = c;
      heapNode[k] = v;
    }
    return top;
  };
  dist[from] = 0;
  push(0, from);
  while (heapCost.length > 0) {
    const u = pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u === to) break;
    for (let p = inc.offsets[u]!; p < inc.offsets[u + 1]!; p++) {
      const v = inc.other[p]!;
      const d = dist[u]! - Math.log(Math.max(strength[inc.edge[p]!]!, 1e-3));
      if (d < dist[v]!) {
        dist[v] = d;
        prev[v] = u;
        push(d, v);
      }
    }
  }
  if (!Number.isFinite(dist[to]!)) return null;
  const path: number[] = [];
  for (let v = to; v !== -1; v = prev[v]!) path.push(v);
  return path.reverse();
}

/** Hop distances from `from` (−1 = unreachable), by BFS. */
export function hopDistances(inc: Incidence, from: number): Int32Array {
  const n = inc.offsets.length - 1;
  const d = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  d[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    const u = queue[head++]!;
    for (let p = inc.offsets[u]!; p < inc.offsets[u + 1]!; p++) {
      const v = inc.other[p]!;
      if (d[v] === -1) {
        d[v] = d[u]! + 1;
        queue[tail++] = v;
      }
    }
  }
  return d;
}
