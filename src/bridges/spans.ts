/**
 * Spans of local bridges: the distance between an edge's endpoints once the edge is removed.
 * Internal to {@link localBridges}.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { throwIfAborted, type LongRunningOptions } from "../util/progress.js";
import { MinHeap } from "./heap.js";

/**
 * Hop spans. Each non-global local bridge u–v is handled from the endpoint u with more of them,
 * with two bitsets over the nodes (n / 8 bytes each: they stay in cache where per-node counters
 * of 4 bytes do not) built once per such u in Σ_{x ∈ N(u)} deg(x):
 *   two[z] = 1 when at least two 2-paths u–x–z exist;
 *   near[z] = 1 when z is u, a neighbour of u, or the end of a 2-path from u.
 * As u and v share no neighbour:
 *   span 3 ⇔ some y ∈ N(v) \ {u} has two[y] (a 2-path u–x–y besides u–v–y).
 * Otherwise each y ∈ N(v) \ {u} is reached from u only through v, so clearing N(v) ∪ {v} from
 * `near` (restored afterwards) leaves the radius-2 ball around u in G − uv (u itself excepted,
 * which no detour longer than 3 revisits), and
 *   span 4 ⇔ some z ∈ N(y), y ∈ N(v) \ {u}, is in `near`;
 *   span 5 ⇔ some w ∈ N(z), z ∈ N(y) \ {v}, y ∈ N(v) \ {u}, is in `near`.
 * Longer spans (rare in social graphs) run a bidirectional BFS. Global bridges come from
 * findBridges: span ∞ without a search.
 */
export function hopSpans(fn: string, g: SocialGraph, isLocal: Uint8Array, isBridge: Uint8Array, spanOf: Float64Array, o: LongRunningOptions): void {
  const { order: n, offsets, targets, edgeIds, edgeSources, edgeTargets } = g;
  const search = bfsSpan(g);
  const words = (n + 31) >>> 5;
  const near = new Int32Array(words);
  const two = new Int32Array(words);
  const seen = new Int32Array(words);
  const touched = new Int32Array(words);
  let maxDegree = 0;
  for (let x = 0; x < n; x++) maxDegree = Math.max(maxDegree, offsets[x + 1]! - offsets[x]!);
  const saved = new Uint8Array(maxDegree + 1);
  // 3, 4 or 5 when a detour that short exists, else 0 (see above).
  const shortSpan = (u: number, v: number): number => {
    const a = offsets[v]!;
    const b = offsets[v + 1]!;
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      if (y !== u && has(two, y)) return 3;
    }
    saved[b - a] = has(near, v) ? 1 : 0;
    clearBit(near, v);
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      saved[q - a] = has(near, y) ? 1 : 0;
      clearBit(near, y);
    }
    let span = 0;
    for (let q = a; q < b && span === 0; q++) {
      const y = targets[q]!;
      if (y === u) continue;
      for (let r = offsets[y]!; r < offsets[y + 1]!; r++) {
        if (has(near, targets[r]!)) {
          span = 4;
          break;
        }
      }
    }
    if (span === 0) span = fiveSpan(u, v, a, b);
    for (let q = a; q < b; q++) if (saved[q - a] === 1) setBit(near, targets[q]!);
    if (saved[b - a] === 1) setBit(near, v);
    return span;
  };
  // 5 when some neighbour of v's 2-ball (in G − uv) lies in `near`, else 0; `seen` dedupes z.
  const fiveSpan = (u: number, v: number, a: number, b: number): number => {
    let span = 0;
    for (let q = a; q < b && span === 0; q++) {
      const y = targets[q]!;
      if (y === u) continue;
      for (let r = offsets[y]!; r < offsets[y + 1]! && span === 0; r++) {
        const z = targets[r]!;
        if (z === v || has(seen, z)) continue;
        setBit(seen, z);
        for (let p = offsets[z]!; p < offsets[z + 1]!; p++) {
          if (has(near, targets[p]!)) {
            span = 5;
            break;
          }
        }
      }
    }
    for (let q = a; q < b; q++) {
      const y = targets[q]!;
      if (y === u) continue; // skipped above too: nothing of N(u) was marked
      for (let r = offsets[y]!; r < offsets[y + 1]!; r++) seen[targets[r]! >>> 5] = 0;
    }
    return span;
  };
  // Each local bridge is handled from the endpoint with more of them (the source on a tie), so
  // fewer nodes need the per-node bitsets.
  const load = new Int32Array(n);
  for (let e = 0; e < g.size; e++) {
    if (isLocal[e] !== 1) continue;
    if (isBridge[e] === 1) spanOf[e] = Infinity;
    else {
      load[edgeSources[e]!] = load[edgeSources[e]!]! + 1;
      load[edgeTargets[e]!] = load[edgeTargets[e]!]! + 1;
    }
  }
  const ownerOf = (e: number): number => (load[edgeTargets[e]!]! > load[edgeSources[e]!]! ? edgeTargets[e]! : edgeSources[e]!);
  const every = Math.max(1, Math.floor(n / 100));
  for (let u = 0; u < n; u++) {
    if (u % every === 0) {
      throwIfAborted(fn, o.signal);
      o.onProgress?.(u / n, "span");
    }
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    let pending = false;
    for (let h = start; h < end && !pending; h++) {
      const e = edgeIds[h]!;
      pending = isLocal[e] === 1 && isBridge[e] !== 1 && ownerOf(e) === u;
    }
    if (!pending) continue;
    let t = 0;
    for (let h = start; h < end; h++) {
      const x = targets[h]!;
      for (let q = offsets[x]!; q < offsets[x + 1]!; q++) {
        const z = targets[q]!;
        const w = z >>> 5;
        const bit = 1 << (z & 31);
        const old = near[w]!;
        if ((old & bit) !== 0) two[w] = two[w]! | bit;
        else {
          if (old === 0) touched[t++] = w;
          near[w] = old | bit;
        }
      }
    }
    setBit(near, u);
    for (let h = start; h < end; h++) setBit(near, targets[h]!);
    for (let h = start; h < end; h++) {
      const e = edgeIds[h]!;
      if (isLocal[e] !== 1 || isBridge[e] === 1 || ownerOf(e) !== u) continue;
      spanOf[e] = shortSpan(u, targets[h]!) || search(u, targets[h]!, e);
    }
    near[u >>> 5] = 0;
    for (let h = start; h < end; h++) near[targets[h]! >>> 5] = 0;
    for (let k = 0; k < t; k++) {
      near[touched[k]!] = 0;
      two[touched[k]!] = 0;
    }
  }
  o.onProgress?.(1, "span");
}

function has(bits: Int32Array, z: number): boolean {
  return (bits[z >>> 5]! & (1 << (z & 31))) !== 0;
}

function setBit(bits: Int32Array, z: number): void {
  bits[z >>> 5] = bits[z >>> 5]! | (1 << (z & 31));
}

function clearBit(bits: Int32Array, z: number): void {
  bits[z >>> 5] = bits[z >>> 5]! & ~(1 << (z & 31));
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
