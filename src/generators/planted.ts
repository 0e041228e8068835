/**
 * A planted social network for experiments and benchmarks: communities of heavy-tailed sizes,
 * heavy-tailed (power-law) expected degrees, dense communities held together by strong ties,
 * and a `mixing` fraction of edges that cross communities as weak ties.
 *
 * Model (a degree-corrected planted partition in the spirit of LFR, Lancichinetti, Fortunato &
 * Radicchi 2008, doi:10.1103/PhysRevE.78.046110, sampled like Chung–Lu):
 * 1. community sizes are proportional to Pareto(2) draws capped at 10x the smallest, or `sizes`;
 * 2. each node's expected degree is a Pareto draw with exponent `degreeExponent`, scaled to mean
 *    `averageDegree` and capped at `maxDegree`;
 * 3. each of the `n * averageDegree / 2` edge draws picks an endpoint by propensity; with
 *    probability `1 - mixing` the other endpoint is drawn by propensity inside the same
 *    community, otherwise from the other communities;
 * 4. an inside edge carries a weight drawn from a geometric distribution on {1, 2, ...} with mean
 *    `strongInside`, a crossing edge one with mean `weakAcross` (interaction counts);
 * 5. a pair drawn twice becomes one edge with the summed weight (the `"sum"` policy), so the
 *    realised average degree is slightly below `averageDegree` on dense settings.
 *
 * Nodes of a community get contiguous indices; keys are the decimal indices. O(n + m) time and
 * memory; 1M nodes / 10M edges fits in about 1 GB.
 */
import { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError } from "../util/errors.js";
import { checkBoolean, checkNumber, resolveOptions } from "../util/options.js";
import { Random } from "../util/random.js";
import { AliasTable } from "./alias.js";

/** Options of {@link plantedSocialNetwork}. */
export interface PlantedOptions {
  /** Number of nodes. Default 1000 (ignored when `sizes` is given). */
  n?: number;
  /** Number of communities. Default `max(2, round(sqrt(n) / 2))`. */
  communities?: number;
  /** Exact community sizes; overrides `n` and `communities`. */
  sizes?: readonly number[];
  /** Mean degree before merging repeated pairs. Default 10. */
  averageDegree?: number;
  /** Fraction of edges that cross communities, in [0, 1]. Default 0.2. */
  mixing?: number;
  /** Mean weight (interaction count) of an edge inside a community, >= 1. Default 5. */
  strongInside?: number;
  /** Mean weight of an edge across communities, >= 1. Default 1. */
  weakAcross?: number;
  /** Power-law exponent of the degree distribution, > 2. Default 2.5. */
  degreeExponent?: number;
  /** Cap on a node's expected degree. Default `min(n - 1, max(10 * averageDegree, sqrt(n)))`. */
  maxDegree?: number;
  /** Emit arcs `u -> v` instead of undirected edges. Default false. */
  directed?: boolean;
  /** Seed of the generator. Default 0. */
  seed?: number;
}

/** The defaults of {@link plantedSocialNetwork}; `undefined` entries are derived from `n`. */
export const PLANTED_DEFAULTS: Readonly<PlantedOptions> = Object.freeze({
  n: 1000,
  communities: undefined,
  sizes: undefined,
  averageDegree: 10,
  mixing: 0.2,
  strongInside: 5,
  weakAcross: 1,
  degreeExponent: 2.5,
  maxDegree: undefined,
  directed: false,
  seed: 0,
});

/** A generated network with its planted communities. */
export interface PlantedNetwork {
  readonly graph: SocialGraph;
  /** Planted community of each node index. */
  readonly membership: Int32Array;
  /** Size of each community. */
  readonly sizes: Int32Array;
  /** Per edge id: true when the edge joins two communities. */
  readonly crossing: Uint8Array;
}

/**
 * Generates a planted social network (see the module comment for the model).
 *
 * @throws TiescopeError `INVALID_OPTION` for out-of-range options, `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const { graph, membership } = plantedSocialNetwork({ n: 10_000, averageDegree: 20, mixing: 0.3, seed: 1 });
 * ```
 */
export function plantedSocialNetwork(options?: PlantedOptions): PlantedNetwork {
  const fn = "plantedSocialNetwork";
  const o = resolveOptions(fn, options, PLANTED_DEFAULTS);
  const random = new Random(checkNumber(fn, "seed", o.seed, { integer: true }));
  const sizes = communitySizes(fn, o, random);
  const k = sizes.length;
  let n = 0;
  for (const s of sizes) n += s;
  const avg = checkNumber(fn, "averageDegree", o.averageDegree, { min: 0, max: Math.max(0, n - 1) });
  const mixing = checkNumber(fn, "mixing", o.mixing, { min: 0, max: 1 });
  const strong = checkNumber(fn, "strongInside", o.strongInside, { min: 1 });
  const weak = checkNumber(fn, "weakAcross", o.weakAcross, { min: 1 });
  const gamma = checkNumber(fn, "degreeExponent", o.degreeExponent, { min: 2.0001, max: 100 });
  const maxDegree = o.maxDegree ?? Math.min(n - 1, Math.max(10 * avg, Math.sqrt(n)));
  checkNumber(fn, "maxDegree", maxDegree, { min: 1 });
  const directed = checkBoolean(fn, "directed", o.directed);
  if (k < 2 && mixing > 0) throw new TiescopeError("INVALID_OPTION", `${fn}: mixing > 0 needs at least 2 communities`);

  const membership = new Int32Array(n);
  const ranges = new Int32Array(2 * k);
  for (let c = 0, start = 0; c < k; c++) {
    ranges[2 * c] = start;
    ranges[2 * c + 1] = start + sizes[c]!;
    membership.fill(c, start, start + sizes[c]!);
    start += sizes[c]!;
  }
  // Pareto draws scaled to mean `averageDegree`, then capped: propensity = expected degree.
  const propensity = new Float64Array(n);
  let rawTotal = 0;
  for (let i = 0; i < n; i++) rawTotal += propensity[i] = Math.pow(1 - random.next(), -1 / (gamma - 1));
  const scale = rawTotal > 0 ? (avg * n) / rawTotal : 1;
  for (let i = 0; i < n; i++) propensity[i] = Math.min(maxDegree, propensity[i]! * scale);
  const inside = new AliasTable(propensity, ranges);
  const global = new AliasTable(propensity, Int32Array.of(0, n));

  const m = Math.round((n * avg) / 2);
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  const logStrong = strong > 1 ? Math.log(1 - 1 / strong) : 0;
  const logWeak = weak > 1 ? Math.log(1 - 1 / weak) : 0;
  for (let e = 0; e < m; e++) {
    const u = global.sample(random, 0, n);
    const c = membership[u]!;
    const lo = ranges[2 * c]!;
    const hi = ranges[2 * c + 1]!;
    // A singleton community has no inside partner: its edges cross.
    const cross = hi - lo < 2 || random.next() < mixing;
    let v = u;
    if (!cross) {
      for (let tries = 0; v === u && tries < 64; tries++) v = inside.sample(random, lo, hi);
      if (v === u) v = lo + ((u - lo + 1 + random.int(hi - lo - 1)) % (hi - lo));
    } else {
      for (let tries = 0; (v === u || membership[v] === c) && tries < 64; tries++) v = global.sample(random, 0, n);
      // Fallback for a community holding nearly all propensity: a uniform node outside it.
      if (membership[v] === c) v = (hi + random.int(n - (hi - lo))) % n;
    }
    sources[e] = u;
    targets[e] = v;
    const logq = membership[v] === c ? logStrong : logWeak;
    weights[e] = logq === 0 ? 1 : 1 + Math.floor(Math.log(1 - random.next()) / logq);
  }
  const graph = SocialGraph.fromArrays(sources, targets, weights, { directed, order: n, selfLoops: "ignore", parallelEdges: "sum" });
  const crossing = new Uint8Array(graph.size);
  for (let e = 0; e < graph.size; e++) crossing[e] = membership[graph.edgeSources[e]!] !== membership[graph.edgeTargets[e]!] ? 1 : 0;
  return { graph, membership, sizes: Int32Array.from(sizes), crossing };
}

function communitySizes(fn: string, o: PlantedOptions, random: Random): number[] {
  if (o.sizes !== undefined) {
    if (!Array.isArray(o.sizes) || o.sizes.length === 0) throw new TiescopeError("INVALID_OPTION", `${fn}: sizes must be a non-empty array`);
    return o.sizes.map((s, i) => checkNumber(fn, `sizes[${i}]`, s, { min: 1, integer: true }));
  }
  const n = checkNumber(fn, "n", o.n, { min: 2, max: 2 ** 31 - 2, integer: true });
  const k = checkNumber(fn, "communities", o.communities ?? Math.max(2, Math.round(Math.sqrt(n) / 2)), { min: 1, max: n, integer: true });
  const draws = new Float64Array(k);
  let total = 0;
  for (let c = 0; c < k; c++) {
    draws[c] = Math.min(10, 1 / Math.sqrt(1 - random.next()));
    total += draws[c]!;
  }
  const sizes = new Array<number>(k);
  let assigned = 0;
  for (let c = 0; c < k; c++) {
    sizes[c] = Math.max(1, Math.floor((n * draws[c]!) / total));
    assigned += sizes[c]!;
  }
  // Hand the remainder out (or take the excess back) one node at a time, largest first.
  for (let c = 0; assigned !== n; c = (c + 1) % k) {
    if (assigned < n) {
      sizes[c]!++;
      assigned++;
    } else if (sizes[c]! > 1) {
      sizes[c]!--;
      assigned--;
    }
  }
  return sizes;
}
