/**
 * Gould & Fernandez's brokerage roles in a directed network with groups.
 *
 * Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
 * brokerage in transaction networks. Sociological Methodology 19, 89–126. doi:10.2307/270949
 */
import type { AbstractGraph } from "graphology-types";
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveMembership, type MembershipInput } from "../graph/membership.js";
import { assignNodes } from "./shared.js";
import { nodeIndexOf, requireDirected } from "../graph/lookup.js";
import type { NodeKey } from "../graph/from-edges.js";

/** One node's brokerage counts. */
export interface BrokerageRow {
  node: string;
  coordinator: number;
  itinerant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  total: number;
}

/** The result of {@link brokerageRoles}: counts per node index. */
export interface BrokerageResult {
  /** a → b → c all in b's group. */
  readonly coordinator: Float64Array;
  /** a and c share a group, b is an outsider (consultant). */
  readonly itinerant: Float64Array;
  /** a is in b's group, c outside: b represents the group outward. */
  readonly representative: Float64Array;
  /** c is in b's group, a outside: b gates access into the group. */
  readonly gatekeeper: Float64Array;
  /** a, b and c in three different groups. */
  readonly liaison: Float64Array;
  /** The sum of the five roles: open two-paths through the node. */
  readonly total: Float64Array;
  /** The counts of node `key`. @throws `UNKNOWN_NODE`. */
  get(key: NodeKey): BrokerageRow;
  /** One {@link BrokerageRow} per node, by index. */
  rows(): BrokerageRow[];
  /** Writes node attributes `coordinator`, `itinerant`, `representative`, `gatekeeper`, `liaison` (each with `prefix`). */
  assign(graph: AbstractGraph, prefix?: string): void;
}

/**
 * Counts, for each node b, the open two-paths a → b → c (a ≠ c, and no arc a → c, so b's
 * mediation is needed) by the groups of a, b and c (Gould & Fernandez 1989):
 *
 * | role           | groups        |
 * |----------------|---------------|
 * | coordinator    | A = B = C     |
 * | itinerant      | A = C ≠ B     |
 * | representative | A = B ≠ C     |
 * | gatekeeper     | A ≠ B = C     |
 * | liaison        | A, B, C distinct |
 *
 * Raw counts, as UCINET's and statnet's `brokerage` report before any normalisation against
 * a random-graph expectation.
 *
 * @param g - a directed graph (weights are ignored).
 * @param groups - a group per node: a partition, a membership array, or a key → label `Map`/object.
 * @returns {@link BrokerageResult}.
 * @throws TiescopeError `UNSUPPORTED_GRAPH` on an undirected graph; `INVALID_PARTITION`,
 *   `LENGTH_MISMATCH`, `UNKNOWN_NODE` from the membership.
 * @example
 * ```ts
 * const g = SocialGraph.fromEdges([["a", "b"], ["b", "c"]], { directed: true });
 * brokerageRoles(g, { a: "x", b: "y", c: "y" }).get("b").gatekeeper; // 1
 * ```
 * Complexity: O(Σ_a Σ_{b ∈ out(a)} outdeg(b)) time, O(n) extra memory.
 *
 * Degenerate cases: sources, sinks and isolates broker nothing (all zeros); a reciprocated
 * pair a ⇄ b gives no two-path a → b → a.
 */
export function brokerageRoles(g: SocialGraph, groups: MembershipInput): BrokerageResult {
  const fn = "brokerageRoles";
  requireDirected(fn, g, "brokerage roles are defined on directed ties");
  const { membership } = resolveMembership(fn, g, groups);
  const n = g.order;
  const { offsets, targets } = g;
  const coordinator = new Float64Array(n);
  const itinerant = new Float64Array(n);
  const representative = new Float64Array(n);
  const gatekeeper = new Float64Array(n);
  const liaison = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    const ga = membership[a]!;
    mark[a] = a;
    for (let h = offsets[a]!; h < offsets[a + 1]!; h++) mark[targets[h]!] = a;
    for (let h = offsets[a]!; h < offsets[a + 1]!; h++) {
      const b = targets[h]!;
      const gb = membership[b]!;
      for (let q = offsets[b]!; q < offsets[b + 1]!; q++) {
        const c = targets[q]!;
        if (mark[c] === a) continue;
        const gc = membership[c]!;
        if (ga === gb) {
          if (gb === gc) coordinator[b]!++;
          else representative[b]!++;
        } else if (gb === gc) gatekeeper[b]!++;
        else if (ga === gc) itinerant[b]!++;
        else liaison[b]!++;
      }
    }
  }
  const total = new Float64Array(n);
  for (let v = 0; v < n; v++) total[v] = coordinator[v]! + itinerant[v]! + representative[v]! + gatekeeper[v]! + liaison[v]!;
  const row = (v: number): BrokerageRow => ({
    node: g.key(v),
    coordinator: coordinator[v]!,
    itinerant: itinerant[v]!,
    representative: representative[v]!,
    gatekeeper: gatekeeper[v]!,
    liaison: liaison[v]!,
    total: total[v]!,
  });
  return {
    coordinator,
    itinerant,
    representative,
    gatekeeper,
    liaison,
    total,
    get: (key) => row(nodeIndexOf(`${fn}.get`, g, key)),
    rows: () => Array.from({ length: n }, (_, v) => row(v)),
    assign: (graph, prefix = "") => {
      for (const [name, values] of [["coordinator", coordinator], ["itinerant", itinerant], ["representative", representative], ["gatekeeper", gatekeeper], ["liaison", liaison]] as const) {
        assignNodes(fn, graph, g, `${prefix}${name}`, (v) => values[v]!);
      }
    },
  };
}
