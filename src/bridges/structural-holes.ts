/**
 * Burt's structural-hole measures: constraint, local constraint, effective size, efficiency
 * and hierarchy.
 *
 * Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press. doi:10.4159/9780674029095
 * Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology 110(2),
 * 349–399. doi:10.1086/421787
 * Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
 * Connections 20(1), 35–38.
 */
import { mutualRows } from "../graph/mutual-rows.js";
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveEdgeWeights, type WeightsInput } from "../graph/weights.js";
import { TiescopeError, show } from "../util/errors.js";
import { resolveOptions } from "../util/options.js";
import { assignNodes } from "./shared.js";
import { nodeIndexOf } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** Options of {@link structuralHoles}. */
export interface StructuralHolesOptions {
  /**
   * Per-edge tie *strengths* (higher = stronger; a `Float64Array` or a tie-strength result).
   * Default `null`: every tie counts 1 (NetworkX's `weight=None`). Pass `g.edgeWeights` to
   * use the graph's own weights.
   */
  weights?: WeightsInput | null;
}

/** The defaults of {@link structuralHoles}. */
export const STRUCTURAL_HOLES_DEFAULTS: Readonly<StructuralHolesOptions> = Object.freeze({ weights: null });

/** One node's structural-hole measures. */
export interface StructuralHolesRow {
  node: string;
  constraint: number;
  effectiveSize: number;
  efficiency: number;
  hierarchy: number;
}

/** The result of {@link structuralHoles}. All per-node arrays are NaN for isolates. */
export interface StructuralHolesResult {
  /** Burt's aggregate constraint per node. */
  readonly constraint: Float64Array;
  /** Burt's effective size per node. */
  readonly effectiveSize: Float64Array;
  /** Effective size divided by the number of contacts, in (0, 1]. */
  readonly efficiency: Float64Array;
  /** Burt's hierarchy per node, in [0, 1]; NaN with fewer than two contacts. */
  readonly hierarchy: Float64Array;
  /** CSR offsets of each node's contacts (in- and out-neighbours merged). */
  readonly contactOffsets: Int32Array;
  /** Contacts, sorted by index within each node's row. */
  readonly contacts: Int32Array;
  /** Local constraint c_ij per contact entry, aligned with `contacts`. */
  readonly localConstraint: Float64Array;
  /** The measures of node `key`. @throws `UNKNOWN_NODE`. */
  get(key: NodeKey): StructuralHolesRow;
  /** One {@link StructuralHolesRow} per node, by index. */
  rows(): StructuralHolesRow[];
  /** c_ij: how much contact `j` constrains `i`. @throws `UNKNOWN_NODE`, `UNKNOWN_EDGE` when `j` is not a contact of `i`. */
  localConstraintOf(i: NodeKey, j: NodeKey): number;
  /** Writes node attributes `constraint`, `effectiveSize`, `efficiency`, `hierarchy` (each with `prefix`). */
  assign(graph: AbstractGraph, prefix?: string): void;
}

/**
 * Burt's measures of the structural holes around each node i, over its contacts C(i) (in-
 * and out-neighbours), with mutual weights m_ij = a_ij + a_ji, proportional tie strengths
 * p_ij = m_ij / Σ_k m_ik and m̂_ij = m_ij / max_k m_ik:
 *
 * - local constraint c_ij = (p_ij + Σ_{q ∈ C(i)} p_iq p_qj)²;
 * - constraint C_i = Σ_{j ∈ C(i)} c_ij (high = contacts tied to each other: no holes);
 * - effective size E_i = Σ_{j ∈ C(i)} (1 − Σ_{q ∈ C(i)} p_iq m̂_jq) (non-redundant contacts);
 * - efficiency E_i / |C(i)|;
 * - hierarchy H_i = Σ_j (c_ij / c̄) ln(c_ij / c̄) / (N ln N), with N = |C(i)| and c̄ = C_i / N:
 *   0 when constraint is spread evenly, 1 when it all comes from one contact (Burt 1992).
 *
 * A broker spanning holes has low constraint and a high effective size. Unweighted and
 * undirected, the effective size reduces to Borgatti's N − 2t/N (t = ties among contacts).
 *
 * @param g - directed or undirected graph.
 * @param options - `weights`: tie strengths (default `null`, all 1). See {@link STRUCTURAL_HOLES_DEFAULTS}.
 * @returns {@link StructuralHolesResult}.
 * @throws TiescopeError `INVALID_WEIGHT`, `LENGTH_MISMATCH`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * // a star: the centre's 3 contacts are unconnected
 * const g = SocialGraph.fromEdges([["c", "a"], ["c", "b"], ["c", "d"]]);
 * const r = structuralHoles(g).get("c");
 * // { node: "c", constraint: 0.3333, effectiveSize: 3, efficiency: 1, hierarchy: 0 }
 * structuralHoles(g).get("a").constraint; // 1 (one contact)
 * ```
 * Complexity: O(Σ_j k_j²) time (k_j = number of contacts), O(n + m) memory.
 *
 * Degenerate cases: isolates get NaN for every measure (as NetworkX); hierarchy is NaN with
 * one contact (0/0). Matches NetworkX `constraint`, `local_constraint` and
 * `effective_size(G, nodes=list(G))` to 1e-9; NetworkX's default `effective_size` path is wrong
 * on weighted and directed graphs, and its `nodes=` path returns NaN for a directed node with
 * in-arcs only, which here gets its value from the formula.
 */
export function structuralHoles(g: SocialGraph, options?: StructuralHolesOptions): StructuralHolesResult {
  const fn = "structuralHoles";
  const o = resolveOptions(fn, options, STRUCTURAL_HOLES_DEFAULTS);
  const w = o.weights === null || o.weights === undefined ? new Float64Array(g.size).fill(1) : resolveEdgeWeights(fn, g, o.weights);
  const n = g.order;
  // Contacts: neighbours in either direction, with mutual weights m_ij = a_ij + a_ji.
  const { offsets, targets, weights: mutual } = mutualRows(g, w);
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let h = offsets[v]!; h < offsets[v + 1]!; h++) {
      sum[v]! += mutual[h]!;
      if (mutual[h]! > max[v]!) max[v] = mutual[h]!;
    }
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const efficiency = new Float64Array(n);
  const hierarchy = new Float64Array(n);
  const local = new Float64Array(targets.length);
  const stamp = new Int32Array(n).fill(-1);
  const pOf = new Float64Array(n);
  const indirect = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const N = end - start;
    if (N === 0) {
      constraint[i] = effectiveSize[i] = efficiency[i] = hierarchy[i] = NaN;
      continue;
    }
    const si = sum[i]!;
    for (let h = start; h < end; h++) {
      const j = targets[h]!;
      stamp[j] = i;
      pOf[j] = si === 0 ? 0 : mutual[h]! / si;
      indirect[j] = 0;
    }
    let es = 0;
    for (let h = start; h < end; h++) {
      const x = targets[h]!;
      const pix = pOf[x]!;
      const sx = sum[x]!;
      const mx = max[x]!;
      let redundancy = 0;
      for (let q = offsets[x]!; q < offsets[x + 1]!; q++) {
        const y = targets[q]!;
        if (stamp[y] !== i) continue;
        const mxy = mutual[q]!;
        if (sx !== 0) indirect[y]! += (pix * mxy) / sx;
        if (mx !== 0) redundancy += (pOf[y]! * mxy) / mx;
      }
      es += 1 - redundancy;
    }
    let c = 0;
    for (let h = start; h < end; h++) {
      const j = targets[h]!;
      const lc = (pOf[j]! + indirect[j]!) ** 2;
      local[h] = lc;
      c += lc;
    }
    constraint[i] = c;
    effectiveSize[i] = es;
    efficiency[i] = es / N;
    hierarchy[i] = N < 2 || c === 0 ? (N < 2 ? NaN : 0) : hierarchyOf(local, start, end, c);
  }
  const row = (i: number): StructuralHolesRow => ({
    node: g.key(i),
    constraint: constraint[i]!,
    effectiveSize: effectiveSize[i]!,
    efficiency: efficiency[i]!,
    hierarchy: hierarchy[i]!,
  });
  return {
    constraint,
    effectiveSize,
    efficiency,
    hierarchy,
    contactOffsets: offsets,
    contacts: targets,
    localConstraint: local,
    get: (key) => row(nodeIndexOf(`${fn}.get`, g, key)),
    rows: () => Array.from({ length: n }, (_, i) => row(i)),
    localConstraintOf: (a, b) => {
      const i = nodeIndexOf(`${fn}.localConstraintOf`, g, a);
      const j = nodeIndexOf(`${fn}.localConstraintOf`, g, b);
      for (let h = offsets[i]!; h < offsets[i + 1]!; h++) if (targets[h] === j) return local[h]!;
      throw new TiescopeError("UNKNOWN_EDGE", `${fn}.localConstraintOf: ${show(b)} is not a contact of ${show(a)}`, { source: a, target: b });
    },
    assign: (graph, prefix = "") => {
      assignNodes(fn, graph, g, `${prefix}constraint`, (i) => constraint[i]!);
      assignNodes(fn, graph, g, `${prefix}effectiveSize`, (i) => effectiveSize[i]!);
      assignNodes(fn, graph, g, `${prefix}efficiency`, (i) => efficiency[i]!);
      assignNodes(fn, graph, g, `${prefix}hierarchy`, (i) => hierarchy[i]!);
    },
  };
}

/** Burt's hierarchy from the local constraints `local[start..end)` summing to `c`. */
function hierarchyOf(local: Float64Array, start: number, end: number, c: number): number {
  const N = end - start;
  const mean = c / N;
  let h = 0;
  for (let k = start; k < end; k++) {
    const r = local[k]! / mean;
    if (r > 0) h += r * Math.log(r);
  }
  return h / (N * Math.log(N));
}
