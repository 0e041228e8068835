/**
 * Spans of local bridges: the distance between an edge's endpoints once the edge is removed.
 * Internal to {@link localBridges}.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { MinHeap } from "./heap.js";

/**
 * Hop spans. With c_u[y] = the number of 2-paths u–x–y, built once per node u for all its
 * local bridges (Σ_{x ∈ N(u)} deg(x) work), spans 3 and 4 (most local bridges in social
 * graphs) are recognised by scanning N(v) and its neighbours (see `shortSpan`); longer spans
 * run a bidirectional BFS.
 */
export function hopSpans(fn: string, g: SocialGraph, isLocal: Uint8Array, isBridge: Uint8Array, spanOf: Float64Array, o: LongRunningOptions): void {
  const { order: n, offsets, targets, edgeIds, edgeSources } = g;
  const search = bfsSpan(g);
  const paths = new Int32Array(n);
  const touched = new Int32Array(n);
  const nearV = new Int32Array(n).fill(-1);
  let stamp = 0;
  // 3 or 4 when a short detour exists, else 0. A detour u–x–y–v (x ≠ v, y ≠ u) exists when
  // some y ∈ N(v) has a 2-path from u besides u–v–y: paths[y] >= 2. A detour u–x–z–y–v exists
  // when some neighbour z of such a y has a 2-path from u not through v: paths[z] minus 1 when
  // z ∈ N(v) (the u–v–z path). z is never u (y would be a common neighbour) and paths[v] = 0.
  const shortSpan = (u: number, v: number): number => {
    const a = offsets[v]!;
    const b = offsets[v + 1]!;
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      if (y !== u && paths[y]! >= 2) return 3;
    }
    stamp++;
    for (let q = a; q < b; q++) nearV[targets[q]!] = stamp;
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      if (y === u) continue;
      for (let r = offsets[y]!; r < offsets[y + 1]!; r++) {
        const z = targets[r]!;
        if (paths[z]! - (nearV[z] === stamp ? 1 : 0) >= 1) return 4;
      }
    }
    return 0;
  };
  const every = Math.max(1, Math.floor(n / 100));
  for (let u = 0; u < n; u++) {
    if (u % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(u / n, "span");
    }
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    let pending = false;
    for (let h = start; h < end; h++) {
      const e = edgeIds[h]!;
      if (isLocal[e] === 1 && edgeSources[e] === u) {
        if (isBridge[e] === 1) spanOf[e] = Infinity;
        else pending = true;
      }
    }
    if (!pending) continue;
    let t = 0;
    for (let h = start; h < end; h++) {
      const x = targets[h]!;
      for (let q = offsets[x]!; q < offsets[x + 1]!; q++) {
        const y = targets[q]!;
        if (paths[y] === 0) touched[t++] = y;
        paths[y]!++;
      }
    }
    for (let h = start; h < end; h++) {
      const e = edgeIds[h]!;
      if (isLocal[e] !== 1 || edgeSources[e] !== u || isBridge[e] === 1) continue;
      spanOf[e] = shortSpan(u, targets[h]!) || search(u, targets[h]!, e);
    }
    for (let k = 0; k < t; k++) paths[touched[k]!] = 0;
  }
  o.onProgress?.(1, "span");
}

/** Weighted spans: a Dijkstra stopped at the far endpoint per non-global local bridge. */
export function weightedSpans(fn: string, g: SocialGraph, w: Float64Array, isLocal: Uint8Array, isBridge: Uint8Array, spanOf: Float64Array, o: LongRunningOptions): void {
  const search = dijkstraSpan(g, w);
  const every = Math.max(1, Math.floor(g.size / 100));
  for (let e = 0; e < g.size; e++) {
    if (e % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(e / g.size, "span");
    }
    if (isLocal[e] !== 1) continue;
    spanOf[e] = isBridge[e] === 1 ? Infinity : search(g.edgeSources[e]!, g.edgeTargets[e]!, e);
  }
  o.onProgress?.(1, "span");
}

/**
 * Hop distance from `s` to `t` avoiding edge `skip`: level-synchronous bidirectional BFS that
 * always expands the smaller frontier and returns at the first meeting, which is a shortest
 * path (see the comment in the loop). Scratch arrays are allocated once and reset by a
 * search stamp.
 */
function bfsSpan(g: SocialGraph): (s: number, t: number, skip: number) => number {
  const { order: n, offsets, targets, edgeIds } = g;
  const stampA = new Int32Array(n);
  const stampB = new Int32Array(n);
  const dA = new Int32Array(n);
  const dB = new Int32Array(n);
  const qa = new Int32Array(n);
  const qb = new Int32Array(n);
  let stamp = 0;
  return (s, t, skip) => {
    stamp++;
    stampA[s] = stamp;
    dA[s] = 0;
    qa[0] = s;
    stampB[t] = stamp;
    dB[t] = 0;
    qb[0] = t;
    let aHead = 0;
    let aTail = 1;
    let bHead = 0;
    let bTail = 1;
    while (aHead < aTail && bHead < bTail) {
      const forward = aTail - aHead <= bTail - bHead;
      const q = forward ? qa : qb;
      const mine = forward ? stampA : stampB;
      const other = forward ? stampB : stampA;
      const dMine = forward ? dA : dB;
      const dOther = forward ? dB : dA;
      let head = forward ? aHead : bHead;
      let tail = forward ? aTail : bTail;
      const levelEnd = tail;
      while (head < levelEnd) {
        const x = q[head++]!;
        const dx = dMine[x]! + 1;
        for (let h = offsets[x]!; h < offsets[x + 1]!; h++) {
          if (edgeIds[h] === skip) continue;
          const y = targets[h]!;
          // The first meeting is a shortest path: before this level no node was seen by both
          // sides, so d(s, t) > la + lb, while y (seen by the other side) has dOther[y] <= lb.
          if (other[y] === stamp) return dx + dOther[y]!;
          if (mine[y] !== stamp) {
            mine[y] = stamp;
            dMine[y] = dx;
            q[tail++] = y;
          }
        }
      }
      if (forward) {
        aHead = head;
        aTail = tail;
      } else {
        bHead = head;
        bTail = tail;
      }
    }
    return Infinity;
  };
}

/** Weighted distance from `s` to `t` avoiding edge `skip`: lazy Dijkstra stopped when `t` is settled. */
function dijkstraSpan(g: SocialGraph, w: Float64Array): (s: number, t: number, skip: number) => number {
  const { order: n, offsets, targets, edgeIds } = g;
  const stamp = new Int32Array(n);
  const done = new Int32Array(n);
  const d = new Float64Array(n);
  const heap = new MinHeap(targets.length + 1);
  let cur = 0;
  return (s, t, skip) => {
    cur++;
    heap.clear();
    stamp[s] = cur;
    d[s] = 0;
    heap.push(0, s);
    while (heap.size > 0) {
      const dx = heap.peekKey();
      const x = heap.pop();
      if (done[x] === cur || dx > d[x]!) continue;
      done[x] = cur;
      if (x === t) return dx;
      for (let h = offsets[x]!; h < offsets[x + 1]!; h++) {
        const e = edgeIds[h]!;
        if (e === skip) continue;
        const y = targets[h]!;
        const dy = dx + w[e]!;
        if (stamp[y] !== cur || dy < d[y]!) {
          stamp[y] = cur;
          d[y] = dy;
          heap.push(dy, y);
        }
      }
    }
    return Infinity;
  };
}
