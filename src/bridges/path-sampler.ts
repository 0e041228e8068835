/**
 * Uniform sampling of one shortest u–v path by a balanced bidirectional BFS, the per-sample
 * step of {@link approximateBetweenness} on unweighted graphs. Internal.
 *
 * Borassi, M. & Natale, E. (2019). KADABRA is an ADaptive Algorithm for Betweenness via
 * Random Approximation. ACM Journal of Experimental Algorithmics 24, 1.2. doi:10.1145/3284359
 */
import type { SocialGraph } from "../graph/social-graph.js";
import type { Random } from "../util/random.js";

/**
 * Scratch arrays for repeated searches, reset by a stamp (no O(n) clearing per sample).
 * Side A grows from u along out-arcs, side B from v along in-arcs; each step expands one full
 * level of the side whose frontier has the smaller total degree. Before the first meeting no
 * node is seen by both sides, so dist(u, v) > la + lb; the first level expansion that reaches
 * a node of the other side therefore finds exactly the shortest paths, all through an arc
 * from A's frontier (depth la) to B's frontier (depth lb). σ_uv = Σ σ_A(x) σ_B(y) over those
 * arcs; one is drawn with probability σ_A(x) σ_B(y) / σ_uv, then the path is completed by
 * walking back to u (predecessor p with probability σ_A(p) / σ_A(x)) and on to v.
 */
export class PathSampler {
  private readonly stampA: Int32Array;
  private readonly stampB: Int32Array;
  private readonly dA: Int32Array;
  private readonly dB: Int32Array;
  private readonly sA: Float64Array;
  private readonly sB: Float64Array;
  private readonly qA: Int32Array;
  private readonly qB: Int32Array;
  private stamp = 0;

  constructor(private readonly g: SocialGraph) {
    const n = g.order;
    this.stampA = new Int32Array(n);
    this.stampB = new Int32Array(n);
    this.dA = new Int32Array(n);
    this.dB = new Int32Array(n);
    this.sA = new Float64Array(n);
    this.sB = new Float64Array(n);
    this.qA = new Int32Array(n);
    this.qB = new Int32Array(n);
  }

  /** Samples one shortest u–v path uniformly and adds `credit` to its interior nodes; false when v is unreachable. */
  sample(u: number, v: number, random: Random, values: Float64Array, credit: number): boolean {
    const { offsets, targets, inOffsets, inSources } = this.g;
    const { stampA, stampB, dA, dB, sA, sB, qA, qB } = this;
    const st = ++this.stamp;
    stampA[u] = st;
    dA[u] = 0;
    sA[u] = 1;
    qA[0] = u;
    stampB[v] = st;
    dB[v] = 0;
    sB[v] = 1;
    qB[0] = v;
    // frontiers are qX[fromX .. toX)
    let fromA = 0;
    let toA = 1;
    let fromB = 0;
    let toB = 1;
    let volA = offsets[u + 1]! - offsets[u]!;
    let volB = inOffsets[v + 1]! - inOffsets[v]!;
    for (;;) {
      if (fromA === toA || fromB === toB) return false;
      const forward = volA <= volB;
      const off = forward ? offsets : inOffsets;
      const adj = forward ? targets : inSources;
      const q = forward ? qA : qB;
      const mine = forward ? stampA : stampB;
      const other = forward ? stampB : stampA;
      const d = forward ? dA : dB;
      const sig = forward ? sA : sB;
      const sigOther = forward ? sB : sA;
      const from = forward ? fromA : fromB;
      const to = forward ? toA : toB;
      let tail = to;
      let total = 0;
      let vol = 0;
      for (let k = from; k < to; k++) {
        const x = q[k]!;
        const dx = d[x]! + 1;
        const sx = sig[x]!;
        for (let h = off[x]!; h < off[x + 1]!; h++) {
          const y = adj[h]!;
          if (other[y] === st) total += sx * sigOther[y]!;
          if (mine[y] !== st) {
            mine[y] = st;
            d[y] = dx;
            sig[y] = sx;
            q[tail++] = y;
            vol += off[y + 1]! - off[y]!;
          } else if (d[y] === dx) {
            sig[y]! += sx;
          }
        }
      }
      if (total > 0) {
        this.complete(forward, from, to, total, random, values, credit, u, v);
        return true;
      }
      if (forward) {
        fromA = to;
        toA = tail;
        volA = vol;
      } else {
        fromB = to;
        toB = tail;
        volB = vol;
      }
    }
  }

  /** Draws the meeting arc and walks both halves of the path back to u and v. */
  private complete(forward: boolean, from: number, to: number, total: number, random: Random, values: Float64Array, credit: number, u: number, v: number): void {
    const { offsets, targets, inOffsets, inSources } = this.g;
    const st = this.stamp;
    const q = forward ? this.qA : this.qB;
    const off = forward ? offsets : inOffsets;
    const adj = forward ? targets : inSources;
    const sig = forward ? this.sA : this.sB;
    const sigOther = forward ? this.sB : this.sA;
    const other = forward ? this.stampB : this.stampA;
    let pick = random.nextDouble() * total;
    let x = -1;
    let y = -1;
    outer: for (let k = from; k < to; k++) {
      const a = q[k]!;
      for (let h = off[a]!; h < off[a + 1]!; h++) {
        const b = adj[h]!;
        if (other[b] !== st) continue;
        x = a;
        y = b;
        pick -= sig[a]! * sigOther[b]!;
        if (pick < 0) break outer;
      }
    }
    // x is on the expanding side, y on the other; map back to (A node, B node)
    const a = forward ? x : y;
    const b = forward ? y : x;
    if (a !== u) values[a]! += credit;
    if (b !== v) values[b]! += credit;
    this.walk(a, u, inOffsets, inSources, this.stampA, this.dA, this.sA, random, values, credit);
    this.walk(b, v, offsets, targets, this.stampB, this.dB, this.sB, random, values, credit);
  }

  /** From `x` back to `end` through neighbours one step closer, weighted by their path counts. */
  private walk(x: number, end: number, off: Int32Array, adj: Int32Array, stamp: Int32Array, d: Int32Array, sig: Float64Array, random: Random, values: Float64Array, credit: number): void {
    const st = this.stamp;
    while (x !== end) {
      const want = d[x]! - 1;
      let pick = random.nextDouble() * sig[x]!;
      let chosen = -1;
      for (let h = off[x]!; h < off[x + 1]!; h++) {
        const p = adj[h]!;
        if (stamp[p] !== st || d[p] !== want) continue;
        chosen = p;
        pick -= sig[p]!;
        if (pick < 0) break;
      }
      x = chosen;
      if (x !== end) values[x]! += credit;
    }
  }
}
