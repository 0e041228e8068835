/**
 * Leiden's refinement phase (Traag, Waltman & van Eck 2019, Algorithm A.2 `RefinePartition` /
 * `MergeNodesSubset`): inside each community S of the partition P, start from singletons and
 * visit the nodes in a seeded random order; a node that is still a singleton and is
 * well connected to S (`w(v, S − v) >= scale·(a_v (B_S − b_v) + b_v (A_S − a_v))`) joins a
 * well-connected refined community C ⊆ S (or stays alone) with probability proportional to
 * `exp(ΔH / θ)` over the options with `ΔH >= 0`. Every refined community is connected, so every
 * community of the final partition is too.
 * @internal
 */
import type { Random } from "../util/random.js";
import type { Objective, Scratch, WorkGraph } from "./work-graph.js";

/** @internal */
export class Refiner {
  readonly refined: Int32Array;
  private readonly RA: Float64Array;
  private readonly RB: Float64Array;
  private readonly rsize: Int32Array;
  private readonly ext: Float64Array;
  private readonly PA: Float64Array;
  private readonly PB: Float64Array;
  private readonly order: Int32Array;
  private readonly members: Int32Array;
  private readonly start: Int32Array;
  private readonly candidates: Int32Array;
  private readonly weight: Float64Array;

  constructor(
    nMax: number,
    private readonly scratch: Scratch,
    private readonly objective: Objective,
  ) {
    this.refined = new Int32Array(nMax);
    this.RA = new Float64Array(nMax);
    this.RB = new Float64Array(nMax);
    this.rsize = new Int32Array(nMax);
    this.ext = new Float64Array(nMax);
    this.PA = new Float64Array(nMax);
    this.PB = new Float64Array(nMax);
    this.order = new Int32Array(nMax);
    this.members = new Int32Array(nMax);
    this.start = new Int32Array(nMax + 1);
    this.candidates = new Int32Array(nMax + 1);
    this.weight = new Float64Array(nMax + 1);
  }

  /**
   * Refines `P` (dense labels `0 .. kP - 1`) on `graph`; the result is in `refined`, dense labels
   * `0 .. k - 1` numbered community by community of `P` (so the aggregate nodes of one community
   * of `P` are neighbours in memory); returns `k`.
   */
  refine(graph: WorkGraph, P: Int32Array, kP: number, random: Random, theta: number): number {
    const { n, offsets, targets, weights, a, b } = graph;
    const { refined: R, RA, RB, rsize, ext, PA, PB, order, members, start, candidates, weight } = this;
    const { stamp, acc, list } = this.scratch;
    const s = this.objective.scale;
    // Raw gains in edge-weight units, as in the reference implementation (Traag's networkanalysis):
    // with θ = 0.01 the choice is nearly greedy but random among near-equal options.
    const toQuality = 1 / theta;
    PA.fill(0, 0, kP);
    PB.fill(0, 0, kP);
    for (let v = 0; v < n; v++) {
      const p = P[v]!;
      PA[p]! += a[v]!;
      PB[p]! += b[v]!;
      R[v] = v;
      RA[v] = a[v]!;
      RB[v] = b[v]!;
      rsize[v] = 1;
      order[v] = v;
    }
    // `ext` of a singleton {v} is w(v, S − v); NaN until needed (see `internalWeight`).
    ext.fill(NaN, 0, n);
    random.shuffle(order.subarray(0, n));
    // Visit the communities one after another, each in the shuffled order (a stable counting sort
    // of `order` by community): the refinement of S only involves the nodes of S, so this is the
    // same random order within each S, and the rows and refined communities of S stay in cache.
    start.fill(0, 0, kP + 1);
    for (let v = 0; v < n; v++) start[P[v]! + 1]!++;
    for (let c = 0; c < kP; c++) start[c + 1]! += start[c]!;
    for (let t = 0; t < n; t++) {
      const v = order[t]!;
      members[start[P[v]!]!++] = v;
    }
    for (let t = 0; t < n; t++) {
      const v = members[t]!;
      const r0 = R[v]!;
      if (rsize[r0] !== 1) continue;
      const p = P[v]!;
      const av = a[v]!;
      const bv = b[v]!;
      const SA = PA[p]!;
      const SB = PB[p]!;
      const need = s * (av * (SB - bv) + bv * (SA - av));
      if (ext[v]! < need) continue; // known, and not well connected
      // One pass over the row: the weight to each refined community in S, and w(v, S − v).
      const mark = this.scratch.nextStamp();
      let len = 0;
      let kv = 0;
      for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
        const u = targets[h]!;
        if (P[u] !== p) continue;
        const x = weights[h]!;
        kv += x;
        const r = R[u]!;
        if (stamp[r] !== mark) {
          stamp[r] = mark;
          acc[r] = 0;
          list[len++] = r;
        }
        acc[r]! += x;
      }
      ext[v] = kv;
      if (kv < need) continue;
      // Candidates: staying alone (gain 0) and each well-connected refined community with gain >= 0.
      let nc = 0;
      candidates[nc] = r0;
      weight[nc++] = 0;
      let maxGain = 0;
      for (let i = 0; i < len; i++) {
        const r = list[i]!;
        const rA = RA[r]!;
        const rB = RB[r]!;
        const gain = acc[r]! - s * (av * rB + bv * rA);
        if (gain < 0) continue;
        const needR = s * (rA * (SB - rB) + rB * (SA - rA));
        let e = ext[r]!;
        // An unvisited singleton {r}: w(r, S − r) >= w(r, v) may already settle the test.
        if (e !== e && acc[r]! < needR) e = ext[r] = this.internalWeight(graph, P, r, p);
        if (e < needR) continue;
        candidates[nc] = r;
        weight[nc++] = gain;
        if (gain > maxGain) maxGain = gain;
      }
      if (nc === 1) continue;
      let total = 0;
      for (let i = 0; i < nc; i++) {
        // exp(0) = 1 for the best option; below −745.2 exp underflows to 0: skip the call in both cases.
        const x = (weight[i]! - maxGain) * toQuality;
        total += weight[i] = x === 0 ? 1 : x < -745.2 ? 0 : Math.exp(x);
      }
      let x = random.next() * total;
      let pick = nc - 1;
      for (let i = 0; i < nc; i++) {
        x -= weight[i]!;
        if (x < 0) {
          pick = i;
          break;
        }
      }
      const r = candidates[pick]!;
      if (r === r0) continue;
      let e = ext[r]!;
      if (e !== e) e = this.internalWeight(graph, P, r, p);
      R[v] = r;
      RA[r]! += av;
      RB[r]! += bv;
      rsize[r]!++;
      rsize[r0] = 0;
      ext[r] = e + kv - 2 * acc[r]!;
    }
    // Dense labels in the order of `members`: `order` is free now and maps old labels to new ones.
    order.fill(-1, 0, n);
    let k = 0;
    for (let t = 0; t < n; t++) {
      const r = R[members[t]!]!;
      if (order[r]! < 0) order[r] = k++;
    }
    for (let v = 0; v < n; v++) R[v] = order[R[v]!]!;
    return k;
  }

  /** w(v, S − v): the weight from `v` to the other nodes of its community `p`. */
  private internalWeight(graph: WorkGraph, P: Int32Array, v: number, p: number): number {
    const { offsets, targets, weights } = graph;
    let kv = 0;
    for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) if (P[targets[h]!] === p) kv += weights[h]!;
    return kv;
  }
}
