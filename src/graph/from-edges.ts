import { TiescopeError, show } from "../util/errors.js";
import { checkBoolean, resolveOptions } from "../util/options.js";
import type { CsrInput, ParallelEdgePolicy, SelfLoopPolicy } from "./csr.js";
import { EdgeBuffer, KeyInterner, toKey, toWeight } from "./edge-buffer.js";
import { checkPolicies } from "./policies.js";

/** A node key as accepted on input: strings, or numbers (stringified). */
export type NodeKey = string | number;

/** An edge row: `{ source, target, weight? }` (the weight field is named by the `weight` option) or `[source, target, weight?]`. */
export type EdgeRow = { source: NodeKey; target: NodeKey; [field: string]: unknown } | readonly [NodeKey, NodeKey, number?];

/** Options of {@link SocialGraph.fromEdges}. */
export interface FromEdgesOptions {
  /** Whether `source -> target` is an arc. Default `false` (undirected). */
  directed?: boolean;
  /**
   * The field holding the weight in object rows, or `false` to ignore weights. Tuples use their
   * third element. A row without a weight counts as 1; a present weight must be a finite number
   * >= 0. The graph is `weighted` when any row carried a weight. Default `"weight"`.
   */
  weight?: string | false;
  /** Parallel edges (the same pair twice; either order when undirected): `"sum"` (default), `"max"`, `"min"`, `"error"`. */
  parallelEdges?: ParallelEdgePolicy;
  /** Self-loops: `"ignore"` (default; counted in `graph.buildReport`) or `"error"`. */
  selfLoops?: SelfLoopPolicy;
  /** Nodes to include even without edges (isolates); they are indexed first, in this order. */
  nodes?: Iterable<NodeKey>;
}

/** The defaults of {@link SocialGraph.fromEdges}. */
export const FROM_EDGES_DEFAULTS: Readonly<Required<Omit<FromEdgesOptions, "nodes">> & { nodes: Iterable<NodeKey> | undefined }> =
  Object.freeze({ directed: false, weight: "weight", parallelEdges: "sum", selfLoops: "ignore", nodes: undefined });

/** Reads edge rows into CSR input arrays. @internal */
export function edgesFromRows(rows: Iterable<EdgeRow>, options?: FromEdgesOptions): { csr: CsrInput; keys: string[] } {
  const fn = "SocialGraph.fromEdges";
  const o = resolveOptions(fn, options, FROM_EDGES_DEFAULTS);
  const policies = checkPolicies(fn, o);
  const directed = checkBoolean(fn, "directed", o.directed);
  if (o.weight !== false && typeof o.weight !== "string") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: option weight must be a field name or false, got ${show(o.weight)}`);
  }
  if (rows === null || rows === undefined || typeof (rows as Iterable<EdgeRow>)[Symbol.iterator] !== "function") {
    throw new TiescopeError("INVALID_OPTION", `${fn}: rows must be an iterable of edges, got ${show(rows)}`);
  }
  const interner = new KeyInterner();
  if (o.nodes) {
    let k = 0;
    for (const node of o.nodes) interner.intern(toKey(fn, node, `nodes[${k++}]`, "key"));
  }
  const buffer = new EdgeBuffer();
  const field = o.weight;
  let weighted = false;
  let row = 0;
  const where = (): string => `row ${row}`;
  for (const r of rows) {
    let s: unknown;
    let t: unknown;
    let w: unknown;
    if (Array.isArray(r)) {
      s = r[0];
      t = r[1];
      w = field === false ? undefined : r[2];
    } else if (r !== null && typeof r === "object") {
      const obj = r as Record<string, unknown>;
      s = obj.source;
      t = obj.target;
      w = field === false ? undefined : obj[field];
    } else {
      throw new TiescopeError("INVALID_ROW", `${fn}: row ${row} is ${show(r)}; expected { source, target } or [source, target]`, { row });
    }
    const si = interner.intern(toKey(fn, s, where, "source"));
    const ti = interner.intern(toKey(fn, t, where, "target"));
    let x = 1;
    if (w !== undefined) {
      x = toWeight(fn, w, where);
      weighted = true;
    }
    buffer.push(si, ti, x);
    row++;
  }
  const keys = interner.keys;
  const m = buffer.length;
  return {
    keys,
    csr: {
      fn,
      order: keys.length,
      sources: buffer.sources.subarray(0, m),
      targets: buffer.targets.subarray(0, m),
      weights: weighted ? buffer.weights.subarray(0, m) : null,
      directed,
      ...policies,
      nameOf: (i) => show(keys[i]),
      rowOf: (k) => `row ${k}`,
    },
  };
}
