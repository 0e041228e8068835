/**
 * Guimerà & Amaral's functional cartography of a network: each node's within-module degree
 * z-score and participation coefficient, and the seven roles they define.
 *
 * R. Guimerà & L. A. N. Amaral, "Functional cartography of complex metabolic networks",
 * Nature 433:895–900 (2005), doi:10.1038/nature03288.
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveMembership, type MembershipInput } from "../graph/membership.js";
import { resolveEdgeWeights, type WeightsInput } from "../graph/weights.js";
import { checkNumber, checkChoice, resolveOptions } from "../util/options.js";
import { symmetricView } from "./symmetrise.js";

/** Which standard deviation divides the within-module z-score. */
export type StandardDeviation = "population" | "sample";

/** The seven roles of Guimerà & Amaral (2005), `R1` … `R7`. */
export type NodeRole = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7";

/** Plain-language names of the roles, as in the paper. */
export const NODE_ROLE_NAMES: Readonly<Record<NodeRole, string>> = Object.freeze({
  R1: "ultra-peripheral",
  R2: "peripheral",
  R3: "non-hub connector",
  R4: "non-hub kinless",
  R5: "provincial hub",
  R6: "connector hub",
  R7: "kinless hub",
});

/** Options of {@link nodeRoles}. */
export interface NodeRolesOptions {
  /**
   * Edge weights (strengths, higher = closer): `null` (default) counts links as in the paper;
   * a per-edge `Float64Array` or a tie-strength result gives the weighted variant, where every
   * degree below becomes a sum of weights.
   */
  weights?: WeightsInput | null;
  /** `"population"` (default, the paper's: divide by the module size) or `"sample"` (size − 1). */
  sd?: StandardDeviation;
  /** Hub threshold on z. Default 2.5. */
  hubZ?: number;
}

/** The defaults of {@link nodeRoles} (the paper's). */
export const NODE_ROLES_DEFAULTS: Readonly<Required<NodeRolesOptions>> = Object.freeze({
  weights: null,
  sd: "population",
  hubZ: 2.5,
});

/** One node's row of a {@link NodeRolesResult}. */
export interface NodeRoleRow {
  key: string;
  community: number;
  /** Links (or weight) to the node's own module. */
  withinDegree: number;
  degree: number;
  z: number;
  participation: number;
  role: NodeRole;
  roleName: string;
}

/** The result of {@link nodeRoles}: arrays indexed by node index. */
export interface NodeRolesResult {
  /** Within-module degree z-score, by node index. */
  readonly z: Float64Array;
  /** Participation coefficient in [0, 1), by node index. */
  readonly participation: Float64Array;
  /** Role number 1 … 7, by node index. */
  readonly role: Uint8Array;
  /** Links (or weight) to the node's own module, by node index. */
  readonly withinDegree: Float64Array;
  /** Dense community id, by node index. */
  readonly membership: Int32Array;
  /** The row of node `key`. @throws TiescopeError `UNKNOWN_NODE`. */
  get(key: string | number): NodeRoleRow;
  /** One plain object per node, in index order. */
  rows(): NodeRoleRow[];
  /** Writes each node's role (`"R1"` … `"R7"`) into the node attribute `attribute` (default `"role"`) of a graphology graph with the same keys. */
  assign(graph: AbstractGraph, attribute?: string): void;
}

/** The role number (1 … 7) of a node with z-score `z` and participation `p` (the paper's boundaries). */
export function roleOf(z: number, p: number, hubZ = 2.5): number {
  if (z < hubZ) return p <= 0.05 ? 1 : p <= 0.62 ? 2 : p <= 0.8 ? 3 : 4;
  return p <= 0.3 ? 5 : p <= 0.75 ? 6 : 7;
}

/**
 * Guimerà & Amaral's node roles for a partition.
 *
 * With κ_i the links of node i to its own module s_i, k_i its degree and κ_is its links to
 * module s:
 * - within-module degree z-score: z_i = (κ_i − ⟨κ⟩_{s_i}) / σ_{s_i}, mean and standard deviation
 *   of κ over the members of s_i (population SD by default, as in the paper);
 * - participation coefficient: P_i = 1 − Σ_s (κ_is / k_i)², 0 when all links stay in one module,
 *   approaching 1 when they spread evenly over many modules;
 * - roles: non-hubs (z < 2.5) are R1 ultra-peripheral (P ≤ 0.05), R2 peripheral (P ≤ 0.62),
 *   R3 non-hub connector (P ≤ 0.80), R4 non-hub kinless (P > 0.80); hubs (z ≥ 2.5) are
 *   R5 provincial (P ≤ 0.30), R6 connector (P ≤ 0.75), R7 kinless (P > 0.75).
 *
 * Options: `weights` (default `null`: links are counted), `sd` (`"population"` default or
 * `"sample"`), `hubZ` (2.5). A directed graph is read as its symmetrisation (one tie per
 * pair joined by an arc either way, weights summed). Self-loops are ignored.
 *
 * @returns z, P and role per node index, plus `get(key)`, `rows()` and `assign(graph)`.
 * @throws TiescopeError `INVALID_PARTITION`, `LENGTH_MISMATCH`, `UNKNOWN_NODE` (partition),
 *   `INVALID_WEIGHT`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * // karate (unweighted) with its optimal 4-community partition (Q = 0.4198):
 * const roles = nodeRoles(g, membership);
 * roles.get("33"); // { z: 2.5117, participation: 0.5121, role: "R6" (connector hub), ... }
 * nodeRoles(g, membership, { sd: "sample" }).get("33").role; // "R2" (z = 2.4047)
 * ```
 *
 * Complexity O(n + m) time, O(n + c) memory for c communities.
 *
 * Degenerate cases: an isolated node has P = 0 (as in the Brain Connectivity Toolbox); a module
 * whose members all have the same κ (including a singleton, and any module of one under
 * `"sample"`) gives z = 0.
 *
 * References: Guimerà & Amaral (2005), doi:10.1038/nature03288; Guimerà, Mossa, Turtschi &
 * Amaral, PNAS 102:7794 (2005), doi:10.1073/pnas.0407994102.
 */
export function nodeRoles(g: SocialGraph, partition: MembershipInput, options?: NodeRolesOptions): NodeRolesResult {
  const fn = "nodeRoles";
  const o = resolveOptions(fn, options, NODE_ROLES_DEFAULTS);
  const sd = checkChoice(fn, "sd", o.sd, ["population", "sample"] as const);
  const hubZ = checkNumber(fn, "hubZ", o.hubZ);
  const { membership, count } = resolveMembership(fn, g, partition);
  const weighted = o.weights !== null && o.weights !== undefined;
  const view = symmetricView(g, weighted ? resolveEdgeWeights(fn, g, o.weights) : null, "sum");
  const u = view.graph;
  const w = view.weights;
  const n = u.order;
  const { offsets, targets, edgeIds } = u;
  const kappa = new Float64Array(n);
  const degree = new Float64Array(n);
  const participation = new Float64Array(n);
  const share = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    const ci = membership[i]!;
    let k = 0;
    let nTouched = 0;
    for (let h = offsets[i]!; h < offsets[i + 1]!; h++) {
      const j = targets[h]!;
      if (j === i) continue;
      const x = w ? w[edgeIds[h]!]! : 1;
      const cj = membership[j]!;
      if (share[cj] === 0) touched[nTouched++] = cj;
      share[cj] = share[cj]! + x;
      k += x;
    }
    kappa[i] = share[ci]!;
    degree[i] = k;
    let sum = 0;
    for (let t = 0; t < nTouched; t++) {
      const c = touched[t]!;
      if (k > 0) sum += (share[c]! / k) ** 2;
      share[c] = 0;
    }
    participation[i] = k > 0 ? 1 - sum : 0;
  }
  const z = zScores(kappa, membership, count, sd);
  const role = new Uint8Array(n);
  for (let i = 0; i < n; i++) role[i] = roleOf(z[i]!, participation[i]!, hubZ);
  const row = (i: number): NodeRoleRow => {
    const r = `R${role[i]!}` as NodeRole;
    return {
      key: g.key(i),
      community: membership[i]!,
      withinDegree: kappa[i]!,
      degree: degree[i]!,
      z: z[i]!,
      participation: participation[i]!,
      role: r,
      roleName: NODE_ROLE_NAMES[r],
    };
  };
  return {
    z,
    participation,
    role,
    withinDegree: kappa,
    membership,
    get: (key) => row(g.index(key)),
    rows: () => Array.from({ length: n }, (_, i) => row(i)),
    assign(graph, attribute = "role") {
      for (let i = 0; i < n; i++) graph.setNodeAttribute(g.key(i), attribute, `R${role[i]!}`);
    },
  };
}

/** z_i = (κ_i − mean) / sd over each module; 0 where sd = 0. */
function zScores(kappa: Float64Array, membership: Int32Array, count: number, sd: StandardDeviation): Float64Array {
  const n = kappa.length;
  const size = new Float64Array(count);
  const mean = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    size[c] = size[c]! + 1;
    mean[c] = mean[c]! + kappa[i]!;
  }
  for (let c = 0; c < count; c++) mean[c] = mean[c]! / size[c]!;
  const ss = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    const d = kappa[i]! - mean[c]!;
    ss[c] = ss[c]! + d * d;
  }
  const sigma = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const denominator = sd === "population" ? size[c]! : size[c]! - 1;
    sigma[c] = denominator > 0 ? Math.sqrt(ss[c]! / denominator) : 0;
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    // A spread below rounding noise of the mean counts as none (all members equal).
    const s = sigma[c]!;
    z[i] = s > 1e-12 * Math.max(1, Math.abs(mean[c]!)) ? (kappa[i]! - mean[c]!) / s : 0;
  }
  return z;
}
