import { TiescopeError, show } from "../util/errors.js";
import { checkBoolean, checkNumber, resolveOptions } from "../util/options.js";
import type { CsrInput, ParallelEdgePolicy, SelfLoopPolicy } from "./csr.js";
import { checkPolicies } from "./policies.js";

/** Options of {@link SocialGraph.fromArrays}. */
export interface FromArraysOptions {
  /** Default `false`. */
  directed?: boolean;
  /** Number of nodes. Default: the largest index plus one (or `keys.length` when keys are given). */
  order?: number;
  /** Node keys by index; default the decimal index. */
  keys?: readonly (string | number)[];
  /** Default `"sum"`. */
  parallelEdges?: ParallelEdgePolicy;
  /** Default `"ignore"`. */
  selfLoops?: SelfLoopPolicy;
}

/** The defaults of {@link SocialGraph.fromArrays}. */
export const FROM_ARRAYS_DEFAULTS: Readonly<FromArraysOptions> = Object.freeze({
  directed: false,
  order: undefined,
  keys: undefined,
  parallelEdges: "sum",
  selfLoops: "ignore",
});

/** Validates typed-array input. @internal */
export function arraysInput(
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array | null,
  options?: FromArraysOptions,
): { csr: CsrInput; keys: string[] | null } {
  const fn = "SocialGraph.fromArrays";
  const o = resolveOptions(fn, options, FROM_ARRAYS_DEFAULTS);
  const policies = checkPolicies(fn, o as { selfLoops: unknown; parallelEdges: unknown });
  const directed = checkBoolean(fn, "directed", o.directed);
  if (!(sources instanceof Int32Array) || !(targets instanceof Int32Array)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: sources and targets must be Int32Arrays`);
  }
  if (weights !== null && !(weights instanceof Float64Array)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: weights must be a Float64Array or null, got ${show(weights)}`);
  }
  let keys: string[] | null = null;
  if (o.keys !== undefined) {
    keys = Array.from(o.keys, (k, i) => {
      if (typeof k === "string") return k;
      if (typeof k === "number" && Number.isFinite(k)) return String(k);
      throw new TiescopeError("INVALID_OPTION", `${fn}: keys[${i}] is ${show(k)}; keys must be strings or finite numbers`);
    });
    const seen = new Set(keys);
    if (seen.size !== keys.length) throw new TiescopeError("INVALID_OPTION", `${fn}: keys contain duplicates`);
  }
  let order: number;
  if (o.order !== undefined) {
    order = checkNumber(fn, "order", o.order, { min: 0, max: 2 ** 31 - 2, integer: true });
  } else if (keys) {
    order = keys.length;
  } else {
    let max = -1;
    for (let k = 0; k < sources.length; k++) max = Math.max(max, sources[k]!, targets[k] ?? -1);
    order = max + 1;
  }
  if (keys && keys.length !== order) {
    throw new TiescopeError("LENGTH_MISMATCH", `${fn}: keys has ${keys.length} entries but order is ${order}`);
  }
  const names = keys;
  return {
    keys,
    csr: {
      fn,
      order,
      sources,
      targets,
      weights,
      directed,
      ...policies,
      nameOf: (i) => (names ? show(names[i]) : String(i)),
      rowOf: (k) => `edge ${k}`,
    },
  };
}
