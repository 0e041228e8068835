/**
 * The single-source step of Brandes' algorithm on typed arrays, shared by exact, pivot and
 * sampled betweenness. Internal.
 *
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
 * Sociology 25(2), 163–177. doi:10.1080/0022250X.2001.9990249
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { MinHeap } from "./heap.js";

/**
 * Scratch state for repeated single-source shortest-path DAGs, allocated once per call.
 * Predecessor lists are not stored: a node `v` precedes `w` exactly when `dist[v] + d(v, w)
 * === dist[w]`, recomputed in the backward pass with the same floating-point sum as the
 * forward pass (so equal-length paths are recognised exactly as NetworkX does). Path counts
 * are `Float64Array`: exact up to 2^53 and never wrapping (a 20x20 grid has ~3.5e10 corner
 * to corner paths).
 */
export class Brandes {
  readonly sigma: Float64Array;
  readonly dist: Float64Array;
  readonly delta: Float64Array;
  /** Nodes in non-decreasing distance order (the first `count` entries). */
  readonly order: Int32Array;
  count = 0;
  private readonly queue: Int32Array;
  /** Every node given a distance by the last search (BFS: the queue itself). */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly heap: MinHeap | null;
  private readonly settled: Uint8Array;

  constructor(
    private readonly g: SocialGraph,
    private readonly w: Float64Array | null,
  ) {
    const n = g.order;
    this.sigma = new Float64Array(n);
    this.dist = new Float64Array(n).fill(-1);
    this.delta = new Float64Array(n);
    this.order = new Int32Array(n);
    this.queue = this.order;
    this.heap = w ? new MinHeap(g.targets.length + 1) : null;
    this.touched = w ? new Int32Array(n) : this.order;
    this.settled = new Uint8Array(n);
  }

  /** Resets the nodes touched by the previous search (O(touched), not O(n)). */
  private reset(): void {
    const { sigma, dist, delta, touched, settled } = this;
    for (let k = 0; k < this.touchedCount; k++) {
      const v = touched[k]!;
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
      settled[v] = 0;
    }
    this.count = 0;
    this.touchedCount = 0;
  }

  /**
   * Shortest-path DAG from `s`: fills `dist`, `sigma` and `order`. With `target >= 0` the
   * search stops as soon as `dist[target]` and `sigma[target]` are final (BFS: when a node at
   * the target's depth is dequeued; Dijkstra: when the target is settled), leaving `dist` and
   * `sigma` final for every predecessor of the target.
   */
  run(s: number, target = -1): void {
    this.reset();
    if (this.w) this.dijkstra(s, this.w, target);
    else this.bfs(s, target);
  }

  private bfs(s: number, target: number): void {
    const { offsets, targets } = this.g;
    const { sigma, dist, queue } = this;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      if (target >= 0 && dist[target]! >= 0 && dist[v]! >= dist[target]!) break;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
        const x = targets[h]!;
        const dx = dist[x]!;
        if (dx < 0) {
          dist[x] = dv;
          sigma[x] = sv;
          queue[tail++] = x;
        } else if (dx === dv) {
          sigma[x]! += sv;
        }
      }
    }
    this.count = tail;
    this.touchedCount = tail;
  }

  private dijkstra(s: number, w: Float64Array, target: number): void {
    const { offsets, targets, edgeIds } = this.g;
    const { sigma, dist, order, settled, touched } = this;
    const heap = this.heap!;
    let touchedCount = 1;
    touched[0] = s;
    heap.clear();
    // `dist` doubles as the "seen" marker (-1 = unseen); `touched` lists every node seen.
    let count = 0;
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(0, s);
    while (heap.size > 0) {
      const dv = heap.peekKey();
      const v = heap.pop();
      if (settled[v] === 1 || dv > dist[v]!) continue;
      settled[v] = 1;
      order[count++] = v;
      if (v === target) break;
      const sv = sigma[v]!;
      for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
        const x = targets[h]!;
        const nd = dv + w[edgeIds[h]!]!;
        const dx = dist[x]!;
        if (dx < 0 || (nd < dx && settled[x] === 0)) {
          if (dx < 0) touched[touchedCount++] = x;
          dist[x] = nd;
          sigma[x] = sv;
          heap.push(nd, x);
        } else if (nd === dx) {
          sigma[x]! += sv;
        }
      }
    }
    this.count = count;
    this.touchedCount = touchedCount;
  }

  /**
   * Backward pass: dependencies `delta[v] = Σ_{w: v ∈ P(w)} σ_v / σ_w (1 + delta[w])`. Adds
   * `delta[w]` (w ≠ source) to `nodeOut[w]` and each DAG edge's share to `edgeOut[edge]`
   * (either may be null).
   */
  accumulate(s: number, nodeOut: Float64Array | null, edgeOut: Float64Array | null): void {
    const { inOffsets, inSources, inEdgeIds } = this.g;
    const w = this.w;
    const { sigma, dist, delta, order } = this;
    for (let k = this.count - 1; k >= 0; k--) {
      const x = order[k]!;
      const dx = dist[x]!;
      const sx = sigma[x]!;
      const dd = 1 + delta[x]!;
      for (let h = inOffsets[x]!; h < inOffsets[x + 1]!; h++) {
        const v = inSources[h]!;
        const dv = dist[v]!;
        if (dv < 0) continue;
        if (w ? dv + w[inEdgeIds[h]!]! !== dx : dv + 1 !== dx) continue;
        const c = (sigma[v]! / sx) * dd;
        delta[v]! += c;
        if (edgeOut) edgeOut[inEdgeIds[h]!]! += c;
      }
      if (nodeOut && x !== s) nodeOut[x]! += delta[x]!;
    }
  }
}
