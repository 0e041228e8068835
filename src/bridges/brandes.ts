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
 *
 * The DAG is recorded as an append-only list of successors (and half-edges) in the order the
 * forward search finds them, grouped by the node being scanned: sequential writes, no
 * per-node lists. A node's successors come later in the search order, so a backward pass over
 * the nodes meets every successor's final value first. At most one entry per half-edge, so
 * the list fits in `targets.length`.
 * Dijkstra may leave entries that a later, shorter path made stale; the backward pass skips
 * them by re-testing `dist[v] + w === dist[x]` with the same floating-point sum.
 *
 * Path counts are `Float64Array`: exact up to 2^53 and never wrapping (a 20x20 grid has ~3.5e10
 * corner-to-corner paths).
 */
export class Brandes {
  readonly sigma: Float64Array;
  /** Scratch of the backward pass (dependency / path count). */
  readonly delta: Float64Array;
  private readonly inverse: Float64Array;
  /** Nodes in non-decreasing distance order (the first `count` entries). */
  readonly order: Int32Array;
  count = 0;
  /** Hop distances (BFS), -1 = unseen. Empty when weighted. */
  readonly hops: Int32Array;
  /** Weighted distances (Dijkstra), -1 = unseen. Empty when unweighted. */
  readonly dist: Float64Array;
  /** DAG entries found while scanning `order[k]` are `dagTo[dagStart[k] .. dagStart[k + 1])`. */
  private readonly dagStart: Int32Array;
  private readonly dagTo: Int32Array;
  /** The half-edge of each DAG entry, kept only for edge betweenness. */
  private readonly dagHalf: Int32Array;
  private dagSize = 0;
  /** Parents of nodes found by a bottom-up step: `parNode[parStart[k] .. + parCount[k])` for `order[k]`. */
  private readonly parStart: Int32Array;
  private readonly parCount: Int32Array;
  private readonly parNode: Int32Array;
  private readonly parHalf: Int32Array;
  private readonly heap: MinHeap | null;
  private readonly settled: Uint8Array;
  /** Every node given a distance by the last search (BFS: the queue itself). */
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(
    private readonly g: SocialGraph,
    private readonly w: Float64Array | null,
    private readonly trackEdges = false,
  ) {
    const n = g.order;
    this.sigma = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.inverse = new Float64Array(n);
    this.order = new Int32Array(n);
    this.hops = new Int32Array(w ? 0 : n).fill(-1);
    this.dist = new Float64Array(w ? n : 0).fill(-1);
    this.dagStart = new Int32Array(n + 1);
    this.parStart = new Int32Array(n);
    this.parCount = new Int32Array(n);
    this.parNode = new Int32Array(w ? 0 : g.inSources.length);
    this.parHalf = new Int32Array(w ? 0 : g.inSources.length);
    this.dagTo = new Int32Array(g.targets.length);
    this.dagHalf = new Int32Array(trackEdges || w ? g.targets.length : 0);
    this.heap = w ? new MinHeap(g.targets.length + 1) : null;
    this.settled = new Uint8Array(w ? n : 0);
    this.touched = w ? new Int32Array(n) : this.order;
  }

  /** True when node `v` was reached by the last search. */
  reached(v: number): boolean {
    return this.w ? this.dist[v]! >= 0 : this.hops[v]! >= 0;
  }

  /** Resets the nodes touched by the previous search (O(touched), not O(n)). */
  private reset(): void {
    const { sigma, delta, touched, hops, dist, settled } = this;
    const weighted = this.w !== null;
    for (let k = 0; k < this.touchedCount; k++) {
      const v = touched[k]!;
      sigma[v] = 0;
      delta[v] = 0;
      if (weighted) {
        dist[v] = -1;
        settled[v] = 0;
      } else hops[v] = -1;
    }
    this.count = 0;
    this.touchedCount = 0;
    this.dagSize = 0;
  }

  /**
   * Shortest-path DAG from `s`: fills `sigma`, the distances, the DAG list and `order`. With
   * `target >= 0` (weighted searches only; unweighted sampling has its own bidirectional
   * search) the search stops once the target is settled, when its count and all its
   * predecessors' counts and distances are final; `accumulate` must not follow such a
   * truncated search.
   */
  run(s: number, target = -1): void {
    this.reset();
    if (this.w) this.dijkstra(s, this.w, target);
    else this.bfs(s);
  }

  private bfs(s: number): void {
    const { order: n, offsets, targets, inOffsets, inSources } = this.g;
    const { sigma, hops, order: queue, dagStart, dagTo, dagHalf, trackEdges, parStart, parCount, parNode, parHalf } = this;
    const totalIn = inSources.length;
    hops[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    parCount[0] = 0;
    let visitedIn = inOffsets[s + 1]! - inOffsets[s]!;
    let head = 0;
    let tail = 1;
    let m = 0;
    let p = 0;
    while (head < tail) {
      const levelEnd = tail;
      const level = hops[queue[head]!]!;
      // Direction-optimising step (Beamer et al. 2012): when the unvisited nodes have fewer
      // in-arcs (plus one pass over all nodes) than the frontier has out-arcs, find the next
      // level bottom-up: each unvisited node sums the counts of its parents in the frontier.
      // Such a node's parents are listed under the node itself (parNode), not under them.
      let frontierOut = 0;
      for (let k = head; k < levelEnd; k++) frontierOut += offsets[queue[k]! + 1]! - offsets[queue[k]!]!;
      if (n + totalIn - visitedIn < frontierOut) {
        for (let k = head; k < levelEnd; k++) dagStart[k] = m;
        head = levelEnd;
        const next = level + 1;
        for (let y = 0; y < n; y++) {
          if (hops[y]! >= 0) continue;
          const p0 = p;
          let sum = 0;
          for (let h = inOffsets[y]!; h < inOffsets[y + 1]!; h++) {
            const x = inSources[h]!;
            if (hops[x] === level) {
              sum += sigma[x]!;
              parNode[p] = x;
              parHalf[p++] = h;
            }
          }
          if (sum > 0) {
            hops[y] = next;
            sigma[y] = sum;
            parStart[tail] = p0;
            parCount[tail] = p - p0;
            queue[tail++] = y;
            visitedIn += inOffsets[y + 1]! - inOffsets[y]!;
          } else p = p0;
        }
        continue;
      }
      while (head < levelEnd) {
        const v = queue[head]!;
        dagStart[head++] = m;
        const dv = level + 1;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let h = offsets[v]!; h < end; h++) {
          const x = targets[h]!;
          const dx = hops[x]!;
          if (dx < 0) {
            hops[x] = dv;
            sigma[x] = sv;
            parCount[tail] = 0;
            queue[tail++] = x;
            visitedIn += inOffsets[x + 1]! - inOffsets[x]!;
            if (trackEdges) dagHalf[m] = h;
            dagTo[m++] = x;
          } else if (dx === dv) {
            sigma[x]! += sv;
            if (trackEdges) dagHalf[m] = h;
            dagTo[m++] = x;
          }
        }
      }
    }
    dagStart[head] = m;
    this.count = tail;
    this.touchedCount = tail;
    this.dagSize = m;
  }

  private dijkstra(s: number, w: Float64Array, target: number): void {
    const { offsets, targets, edgeIds } = this.g;
    const { sigma, dist, order, settled, touched, dagStart, dagTo, dagHalf } = this;
    const heap = this.heap!;
    heap.clear();
    let count = 0;
    let touchedCount = 1;
    let m = 0;
    touched[0] = s;
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(0, s);
    while (heap.size > 0) {
      const dv = heap.peekKey();
      const v = heap.pop();
      if (settled[v] === 1 || dv > dist[v]!) continue;
      settled[v] = 1;
      dagStart[count] = m;
      order[count++] = v;
      if (v === target) break;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let h = offsets[v]!; h < end; h++) {
        const x = targets[h]!;
        const nd = dv + w[edgeIds[h]!]!;
        const dx = dist[x]!;
        if (dx < 0 || (nd < dx && settled[x] === 0)) {
          if (dx < 0) touched[touchedCount++] = x;
          dist[x] = nd;
          sigma[x] = sv;
          heap.push(nd, x);
          dagHalf[m] = h;
          dagTo[m++] = x;
        } else if (nd === dx) {
          // as NetworkX: an equal-length path adds its count (also into a settled node via a
          // zero-length edge, where the result then depends on tie order)
          sigma[x]! += sv;
          dagHalf[m] = h;
          dagTo[m++] = x;
        }
      }
    }
    dagStart[count] = m;
    this.count = count;
    this.touchedCount = touchedCount;
    this.dagSize = m;
  }

  /**
   * Backward pass: dependencies `δ[v] = Σ_{x: v ∈ P(x)} σ_v / σ_x (1 + δ[x])`. Adds `δ[x]`
   * (x ≠ source) to `nodeOut[x]` and each DAG edge's share `σ_v / σ_x (1 + δ[x])` to
   * `edgeOut[edge]` (either may be null).
   */
  accumulate(s: number, nodeOut: Float64Array | null, edgeOut: Float64Array | null): void {
    // With acc[v] = δ[v] / σ[v] the recurrence is acc[v] = Σ_{x: v ∈ P(x)} (1 / σ[x] + acc[x]):
    // one reciprocal per node and a register sum per node, no division or scattered write per
    // DAG edge. Nodes are taken in reverse search order, so every child is final first.
    const { sigma, delta: acc, order, dagStart, dagTo, dist } = this;
    const inv = this.inverse;
    const w = this.w;
    const count = this.count;
    for (let k = 0; k < count; k++) {
      const x = order[k]!;
      inv[x] = 1 / sigma[x]!;
    }
    const plain = w === null && edgeOut === null;
    const { edgeIds, inEdgeIds } = this.g;
    const half = this.dagHalf;
    const { parStart, parCount, parNode, parHalf } = this;
    for (let k = count - 1; k >= 0; k--) {
      const v = order[k]!;
      const from = dagStart[k]!;
      let a = acc[v]!; // contributions pushed by children found bottom-up
      if (plain) {
        for (let j = dagStart[k + 1]! - 1; j >= from; j--) {
          const x = dagTo[j]!;
          a += inv[x]! + acc[x]!;
        }
      } else {
        // edge ids need the half-edges (kept when weighted or trackEdges); Dijkstra's stale
        // entries fail the distance test
        const sv = sigma[v]!;
        for (let j = dagStart[k + 1]! - 1; j >= from; j--) {
          const x = dagTo[j]!;
          if (w !== null && dist[v]! + w[edgeIds[half[j]!]!]! !== dist[x]) continue;
          const c = inv[x]! + acc[x]!;
          a += c;
          if (edgeOut !== null) edgeOut[edgeIds[half[j]!]!]! += sv * c;
        }
      }
      const pc = parCount[k]!;
      if (pc > 0) {
        const c = inv[v]! + a;
        const p0 = parStart[k]!;
        for (let j = p0; j < p0 + pc; j++) {
          const x = parNode[j]!;
          acc[x]! += c;
          if (edgeOut !== null) edgeOut[inEdgeIds[parHalf[j]!]!]! += sigma[x]! * c;
        }
      }
      acc[v] = a;
      if (nodeOut !== null && v !== s) nodeOut[v]! += sigma[v]! * a;
    }
  }
}
