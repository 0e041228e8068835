/**
 * Dispersion (Backstrom & Kleinberg 2014): how little the mutual friends of u and v know each
 * other. A romantic partner or a family member links otherwise separate parts of one's network,
 * so their mutual friends are spread out, where a co-worker's mutual friends form one cluster.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { toUndirected } from "../graph/to-undirected.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkBoolean, checkNumber, resolveOptions } from "../util/options.js";

/** Options of {@link dispersion}. */
export interface DispersionOptions {
  /** Exponent applied to `disp + b` (normalised form). Default 0.61 (the paper's best setting); NetworkX uses 1. */
  alpha?: number;
  /** Added to the raw dispersion before the exponent. Default 0. */
  b?: number;
  /** Added to the embeddedness in the denominator. Default 5 (the paper's best setting); NetworkX uses 0. */
  c?: number;
  /** Return `(disp + b)^alpha / (emb + c)` (true, default) or the raw count of dispersed pairs (false). */
  normalized?: boolean;
  /** Iterations of the recursive variant; 0 (default) gives plain dispersion. The paper uses 3. */
  recursive?: number;
}

/** The defaults of {@link dispersion}: Backstrom & Kleinberg's best normalisation, not recursive. */
export const DISPERSION_DEFAULTS: Readonly<Required<DispersionOptions>> = Object.freeze({
  alpha: 0.61,
  b: 0,
  c: 5,
  normalized: true,
  recursive: 0,
});

/** NetworkX's `dispersion` defaults (alpha 1, b 0, c 0), for parity: `dispersion(g, DISPERSION_NETWORKX)`. */
export const DISPERSION_NETWORKX: Readonly<Required<DispersionOptions>> = Object.freeze({
  alpha: 1,
  b: 0,
  c: 0,
  normalized: true,
  recursive: 0,
});

/** Dispersion of every edge, seen from each endpoint (dispersion is not symmetric). */
export interface DispersionResult {
  /** Per edge id: dispersion of the edge in its source's ego network (ego = `edgeSources[e]`). */
  readonly fromSource: Float64Array;
  /** Per edge id: dispersion of the edge in its target's ego network (ego = `edgeTargets[e]`). */
  readonly fromTarget: Float64Array;
  /** Dispersion of the tie between ego `u` and contact `v` within u's network (keys or indices). */
  get(u: string | number, v: string | number): number;
}

/**
 * Per edge, the dispersion of the tie between an ego u and a contact v (Backstrom & Kleinberg
 * 2014). Let `C_uv` be their common neighbours. Two of them s, t are *dispersed* (`d_v(s, t) = 1`)
 * when they are not adjacent and have no common neighbour in u's network other than u and v:
 *
 * `disp(u, v) = sum over pairs {s, t} ⊆ C_uv of d_v(s, t)`, normalised as
 * `(disp(u, v) + b)^alpha / (emb(u, v) + c)`, with `emb(u, v) = |C_uv|`.
 *
 * The recursive variant (`recursive: k`) starts from `x_w = 1` for every contact and repeats k
 * times `x_v = (sum_{w in C_uv} x_w^2 + 2 sum_{{s,t} ⊆ C_uv} d_v(s, t) x_s x_t) / emb(u, v)`
 * over the contacts v of each ego u (0 when `emb = 0`); the result is the final x. It rewards
 * contacts whose mutual friends are themselves high-dispersion contacts (the paper's best
 * predictor of a romantic partner, at 3 iterations). `alpha`, `b`, `c` do not apply to it.
 *
 * Options and defaults ({@link DISPERSION_DEFAULTS}): `alpha` 0.61, `b` 0, `c` 5 (the paper's
 * best setting), `normalized` true, `recursive` 0. {@link DISPERSION_NETWORKX} (alpha 1, b 0,
 * c 0) reproduces NetworkX's `dispersion(G)`; there, when `emb + c` is 0 the value is
 * `(disp + b)^alpha` undivided, as NetworkX does.
 *
 * @returns Per edge id, the value from the source's side and from the target's side; higher =
 *   the mutual friends span more separate groups. Raw counts are integers >= 0.
 * @throws TiescopeError `INVALID_OPTION` (alpha, b, c negative or not finite; recursive not an
 *   integer in [0, 20]), `UNKNOWN_OPTION`, `UNKNOWN_NODE` from `get`, `UNKNOWN_EDGE` from `get`
 *   when u and v are not adjacent.
 * @example
 * ```ts
 * // u's contacts a, b, v; v knows a and b, who do not know each other
 * const g = SocialGraph.fromEdges([["u", "v"], ["u", "a"], ["u", "b"], ["v", "a"], ["v", "b"]]);
 * dispersion(g, DISPERSION_NETWORKX).get("u", "v"); // 0.5: one dispersed pair {a, b} / emb 2
 * ```
 * Complexity: for each ordered edge (u, v), each pair of common neighbours is tested against
 * u's neighbourhood with marker arrays: O(sum over (u, v) of emb(u, v)^2 · d_max) in the worst
 * case, like NetworkX; fast on sparse social graphs, slow around very large hubs. O(n) memory.
 * Directed graphs use the symmetrised adjacency; an empty graph gives empty arrays.
 *
 * References: L. Backstrom, J. Kleinberg, "Romantic partnerships and the dispersion of social
 * ties: a network analysis of relationship status on Facebook", CSCW 2014,
 * doi:10.1145/2531602.2531642.
 */
export function dispersion(g: SocialGraph, options?: DispersionOptions): DispersionResult {
  const fn = "dispersion";
  const o = resolveOptions(fn, options, DISPERSION_DEFAULTS);
  const alpha = checkNumber(fn, "alpha", o.alpha, { min: 0 });
  const b = checkNumber(fn, "b", o.b, { min: 0 });
  const c = checkNumber(fn, "c", o.c, { min: 0 });
  const normalized = checkBoolean(fn, "normalized", o.normalized);
  const recursive = checkNumber(fn, "recursive", o.recursive, { min: 0, max: 20, integer: true });
  const u = toUndirected(g);
  const kernel = new DispersionKernel(u);
  // Per half-edge h of u (ego = row owner, contact = targets[h]).
  let value = new Float64Array(u.targets.length);
  if (recursive === 0) {
    for (let ego = 0; ego < u.order; ego++) {
      for (let h = u.offsets[ego]!; h < u.offsets[ego + 1]!; h++) {
        const disp = kernel.run(ego, u.targets[h]!, null);
        const emb = kernel.embeddedness;
        if (!normalized) value[h] = disp;
        else {
          let x = Math.pow(disp + b, alpha);
          if (emb + c !== 0) x /= emb + c;
          value[h] = x;
        }
      }
    }
  } else {
    let x = new Float64Array(u.targets.length).fill(1);
    for (let it = 0; it < recursive; it++) {
      const next = new Float64Array(u.targets.length);
      for (let ego = 0; ego < u.order; ego++) {
        kernel.loadEgoValues(ego, x);
        for (let h = u.offsets[ego]!; h < u.offsets[ego + 1]!; h++) {
          const s = kernel.run(ego, u.targets[h]!, x);
          next[h] = kernel.embeddedness > 0 ? s / kernel.embeddedness : 0;
        }
      }
      x = next;
    }
    value = x;
  }
  const fromSource = new Float64Array(g.size);
  const fromTarget = new Float64Array(g.size);
  for (let e = 0; e < g.size; e++) {
    const a = g.edgeSources[e]!;
    const t = g.edgeTargets[e]!;
    fromSource[e] = value[halfEdge(u, a, t)]!;
    fromTarget[e] = value[halfEdge(u, t, a)]!;
  }
  return Object.freeze({
    fromSource,
    fromTarget,
    get(a: string | number, t: string | number): number {
      const i = u.index(a);
      const j = u.index(t);
      const h = halfEdge(u, i, j);
      if (h < 0) throw new TiescopeError("UNKNOWN_EDGE", `dispersion.get: no edge between ${show(a)} and ${show(t)}`, { source: a, target: t });
      return value[h]!;
    },
  });
}

function halfEdge(g: SocialGraph, a: number, t: number): number {
  let lo = g.offsets[a]!;
  let hi = g.offsets[a + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = g.targets[mid]!;
    if (x === t) return mid;
    if (x < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Scratch state for the dispersion of one (ego, contact) pair, allocated once per call. */
class DispersionKernel {
  private readonly g: SocialGraph;
  /** egoMark[w] === ego + 1 when w is a neighbour of the current ego. */
  private readonly egoMark: Int32Array;
  /** Ego-local value of each neighbour of the current ego (recursive variant). */
  private readonly egoValue: Float64Array;
  /** Stamp marking the ego-neighbours adjacent to the current s. */
  private readonly sMark: Int32Array;
  private stamp = 0;
  private readonly common: Int32Array;
  private egoLoaded = -1;
  /** Number of common neighbours found by the last `run`. */
  embeddedness = 0;

  constructor(g: SocialGraph) {
    this.g = g;
    this.egoMark = new Int32Array(g.order);
    this.egoValue = new Float64Array(g.order);
    this.sMark = new Int32Array(g.order);
    let maxDeg = 0;
    for (let i = 0; i < g.order; i++) maxDeg = Math.max(maxDeg, g.offsets[i + 1]! - g.offsets[i]!);
    this.common = new Int32Array(maxDeg);
  }

  /** Records the current values of ego's contacts (indexed by node) for the recursive variant. */
  loadEgoValues(ego: number, x: Float64Array): void {
    const { offsets, targets } = this.g;
    for (let h = offsets[ego]!; h < offsets[ego + 1]!; h++) this.egoValue[targets[h]!] = x[h]!;
  }

  private markEgo(ego: number): void {
    if (this.egoLoaded === ego) return;
    const { offsets, targets } = this.g;
    for (let h = offsets[ego]!; h < offsets[ego + 1]!; h++) this.egoMark[targets[h]!] = ego + 1;
    this.egoLoaded = ego;
  }

  /**
   * Plain: the number of dispersed pairs of C(ego, v). Recursive (x given): the numerator
   * `sum x_w^2 + 2 sum d_v(s,t) x_s x_t` with the ego-local values loaded by `loadEgoValues`.
   */
  run(ego: number, v: number, x: Float64Array | null): number {
    const { offsets, targets } = this.g;
    this.markEgo(ego);
    const mark = this.egoMark;
    const tag = ego + 1;
    const common = this.common;
    let k = 0;
    for (let q = offsets[v]!; q < offsets[v + 1]!; q++) {
      const w = targets[q]!;
      if (w !== ego && w !== v && mark[w] === tag) common[k++] = w;
    }
    this.embeddedness = k;
    let total = 0;
    if (x) for (let i = 0; i < k; i++) total += this.egoValue[common[i]!]! ** 2;
    const sMark = this.sMark;
    for (let i = 0; i < k; i++) {
      const s = common[i]!;
      if (++this.stamp === 0x7fffffff) {
        sMark.fill(0);
        this.stamp = 1;
      }
      const st = this.stamp;
      // Mark s's neighbours inside ego's network, except ego and v.
      for (let q = offsets[s]!; q < offsets[s + 1]!; q++) {
        const w = targets[q]!;
        if (w !== ego && w !== v && mark[w] === tag) sMark[w] = st;
      }
      for (let j = i + 1; j < k; j++) {
        const t = common[j]!;
        if (sMark[t] === st) continue; // s and t are adjacent
        let shared = false;
        for (let q = offsets[t]!; q < offsets[t + 1]!; q++) {
          if (sMark[targets[q]!] === st) {
            shared = true;
            break;
          }
        }
        if (!shared) total += x ? 2 * this.egoValue[s]! * this.egoValue[t]! : 1;
      }
    }
    return total;
  }
}
