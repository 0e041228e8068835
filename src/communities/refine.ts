/**
 * Leiden's refinement phase (Traag, Waltman & van Eck 2019, Algorithm A.2 `RefinePartition` /
 * `MergeNodesSubset`): inside each community S of the partition P, start from singletons and
 * visit the nodes in a seeded random order; a node that is still a singleton and is
 * well connected to S (`w(v, S − v) >= scale·(a_v (B_S − b_v) + b_v (A_S − a_v))`) joins a
 * well-connected refined community C ⊆ S (or stays alone) with probability proportional to
 * `exp(ΔH / θ)` over the options with `ΔH >= 0`. Every refined community is connected, so every
 * community of the final partition is too.
 *
 * Layout: the nodes are sorted by community (in the shuffled order within each), and while
 * refining, a refined community is named by the position, in that order, of the node it grew
 * from. The refined communities of S are then a contiguous range of positions, so "is u in S" is
 * a range test on `u`'s label (no second lookup), and the per-community arrays of S are adjacent
 * in memory. The result is renumbered by first appearance in the visiting order.
 * @internal
 */
import type { Random } from "../util/random.js";
import type { Objective, Scratch, WorkGraph } from "./work-graph.js";

/**
 * Options more than this many θ below the best are given weight 0 instead of
 * `exp(−40) ≈ 4e−18` relative to the best option's 1: below what a 32-bit draw can pick.
 */
const NEGLIGIBLE = -40;

/** @internal */
export class Refiner {
  readonly refined: Int32Array;
  /** Σ a, Σ b, size and w(C, S − C) of each refined community, by position. */
  private readonly RA: Float64Array;
  private readonly RB: Float64Array;
  private readonly rsize: Int32Array;
  private readonly ext: Float64Array;
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
    this.members = new Int32Array(nMax);
    this.start = new Int32Array(nMax + 1);
    this.candidates = new Int32Array(nMax + 1);
    this.weight = new Float64Array(nMax + 1);
  }

  /**
   * Refines `P` (dense labels `0 .. kP - 1`) on `graph`; the result is in `refined`, dense labels
   * `0 .. k - 1` numbered community by community of `P` (so the aggregate nodes of one community
   * of `P` are neighbours in memory); returns `k`. `inside[v]` is `w(v, S − v)`, the weight from
   * `v` to the rest of its community (local moving keeps it as {@link Mover.kin}).
   */
  refine(graph: WorkGraph, P: Int32Array, kP: number, inside: Float64Array, random: Random, theta: number): number {
    const { n, offsets, targets, weights, a, b } = graph;
    const { refined: R, RA, RB, rsize, ext, members, start, candidates, weight } = this;
    const { stamp, acc, list } = this.scratch;
    const s = this.objective.scale;
    // Raw gains in edge-weight units, as in the reference implementation (Traag's networkanalysis):
    // with θ = 0.01 the choice is nearly greedy but random among near-equal options.
    const toQuality = 1 / theta;
    // A shuffled order (in `R`, free until the positions are assigned), stably sorted by community.
    for (let v = 0; v < n; v++) R[v] = v;
    random.shuffle(R.subarray(0, n));
    start.fill(0, 0, kP + 1);
    for (let v = 0; v < n; v++) start[P[v]! + 1]!++;
    for (let c = 0; c < kP; c++) start[c + 1]! += start[c]!;
    for (let t = 0; t < n; t++) {
      const v = R[t]!;
      members[start[P[v]!]!++] = v;
    }
    for (let t = 0; t < n; t++) {
      const v = members[t]!;
      R[v] = t;
      RA[t] = a[v]!;
      RB[t] = b[v]!;
      rsize[t] = 1;
      ext[t] = inside[v]!; // w(C, S − C) of the singleton C = {v}
    }
    // `start[p]` is now the end of community p; its positions are [from, to).
    for (let p = 0, from = 0; p < kP; from = start[p++]!) {
      const to = start[p]!;
      let SA = 0;
      let SB = 0;
      for (let t = from; t < to; t++) {
        SA += RA[t]!;
        SB += RB[t]!;
      }
      for (let t = from; t < to; t++) {
        if (rsize[t] !== 1) continue; // joined another refined community, or was joined
        const v = members[t]!;
        const av = a[v]!;
        const bv = b[v]!;
        const need = s * (av * (SB - bv) + bv * (SA - av));
        if (ext[t]! < need) continue; // not well connected
        // One pass over the row: the weight to each refined community in S, and w(v, S − v).
        const mark = this.scratch.nextStamp();
        let len = 0;
        let kv = 0;
        for (let h = offsets[v]!, end = offsets[v + 1]!; h < end; h++) {
          const r = R[targets[h]!]!;
          if (r < from || r >= to) continue;
          const x = weights[h]!;
          kv += x;
          if (stamp[r] !== mark) {
            stamp[r] = mark;
            acc[r] = 0;
            list[len++] = r;
          }
          acc[r]! += x;
        }
        ext[t] = kv;
        if (kv < need) continue;
        // Candidates: staying alone (gain 0) and each well-connected refined community with gain >= 0.
        let nc = 0;
        candidates[nc] = t;
        weight[nc++] = 0;
        let maxGain = 0;
        for (let i = 0; i < len; i++) {
          const r = list[i]!;
          const rA = RA[r]!;
          const rB = RB[r]!;
          const gain = acc[r]! - s * (av * rB + bv * rA);
          if (gain < 0) continue;
          if (ext[r]! < s * (rA * (SB - rB) + rB * (SA - rA))) continue;
          candidates[nc] = r;
          weight[nc++] = gain;
          if (gain > maxGain) maxGain = gain;
        }
        if (nc === 1) continue;
        let total = 0;
        for (let i = 0; i < nc; i++) {
          const x = (weight[i]! - maxGain) * toQuality;
          total += weight[i] = x === 0 ? 1 : x < NEGLIGIBLE ? 0 : Math.exp(x);
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
        if (r === t) continue;
        R[v] = r;
        RA[r]! += av;
        RB[r]! += bv;
        rsize[r]!++;
        rsize[t] = 0;
        ext[r] = ext[r]! + kv - 2 * acc[r]!;
      }
    }
    return denseInVisitOrder(R, members, start, n);
  }
}

/**
 * Relabels `R` (positions) to dense labels in order of first appearance along `members` (the
 * visiting order), using `scratch` as the map; returns the number of labels. A function of its
 * own so that the optimised code of the long loops in `refine` never reaches code it has no type
 * feedback for.
 */
function denseInVisitOrder(R: Int32Array, members: Int32Array, scratch: Int32Array, n: number): number {
  scratch.fill(-1, 0, n);
  let k = 0;
  for (let t = 0; t < n; t++) {
    const r = R[members[t]!]!;
    if (scratch[r]! < 0) scratch[r] = k++;
  }
  for (let v = 0; v < n; v++) R[v] = scratch[R[v]!]!;
  return k;
}
