/**
 * Option handling shared by `simulateActivation` and `influenceMaximization`: the spreading
 * adjacency, the strength-to-probability mapping and the seed list. Internal: not re-exported.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkChoice, checkNumber } from "../util/options.js";
import { adjacency, DIRECTIONS, type ReachDirection } from "./adjacency.js";
import { Cascade, type ActivationModel } from "./cascade.js";
import { resolveTies, type TiesInput } from "./strength-from-weights.js";

/** The spreading options both functions share. */
export interface SpreadOptions {
  /** `"independent-cascade"`, `"linear-threshold"` or `"threshold"` (a fixed count of active neighbours). Default `"independent-cascade"`. */
  model?: ActivationModel;
  /** Per-edge tie strength in [0, 1] used as the activation probability, or one constant probability. Default {@link strengthFromWeights}. */
  probability?: TiesInput | number;
  /** Which arcs carry the spread on a directed graph: `"in"` (from a node to those with an arc to it: its audience), `"out"` or `"both"`. Default `"in"`. */
  direction?: ReachDirection;
  /** `"threshold"` model: active neighbours needed to activate, an integer >= 1. Default 2. */
  threshold?: number;
  /** Monte Carlo runs, an integer >= 1. Default 100. */
  runs?: number;
  /** Largest number of steps per run. Default 1000. */
  maxSteps?: number;
  /** Seed of the generator. Default 0. */
  seed?: number;
}

/** @internal */
export const SPREAD_DEFAULTS: Readonly<SpreadOptions> = Object.freeze({
  model: "independent-cascade",
  probability: undefined,
  direction: "in",
  threshold: 2,
  runs: 100,
  maxSteps: 1000,
  seed: 0,
});

/** @internal */
export interface Spread {
  model: ActivationModel;
  runs: number;
  maxSteps: number;
  seed: number;
  make(track: boolean): Cascade;
}

/**
 * Resolves the spreading options. Per spreading half-edge h from u to v: p_h = s_e for the arc
 * e that joins them in the spreading direction (the larger of the two arcs for `"both"`), or the
 * constant. Under linear threshold the weight is b_h = p_h / max(1, Σ_{h' into v} p_h'). @internal
 */
export function resolveSpread(fn: string, g: SocialGraph, o: SpreadOptions): Spread {
  const model = checkChoice(fn, "model", o.model, ["independent-cascade", "linear-threshold", "threshold"] as const);
  const direction = checkChoice(fn, "direction", o.direction, DIRECTIONS);
  const threshold = checkNumber(fn, "threshold", o.threshold, { min: 1, integer: true });
  const runs = checkNumber(fn, "runs", o.runs, { min: 1, max: 1e9, integer: true });
  const maxSteps = checkNumber(fn, "maxSteps", o.maxSteps, { min: 1, max: 1e7, integer: true });
  const seed = checkNumber(fn, "seed", o.seed, { integer: true });
  const adj = adjacency(g, direction);
  const halfEdges = adj.targets.length;
  const p = new Float64Array(halfEdges);
  if (typeof o.probability === "number") {
    const c = checkNumber(fn, "probability", o.probability, { min: 0, max: 1 });
    p.fill(c);
  } else {
    const { strength } = resolveTies(fn, g, o.probability);
    for (let h = 0; h < halfEdges; h++) {
      const e = adj.edgeIds[h]!;
      const r = adj.reverseIds ? adj.reverseIds[h]! : -1;
      p[h] = Math.max(e >= 0 ? strength[e]! : 0, r >= 0 ? strength[r]! : 0);
    }
  }
  if (model === "linear-threshold") {
    const into = new Float64Array(g.order);
    for (let h = 0; h < halfEdges; h++) into[adj.targets[h]!]! += p[h]!;
    for (let h = 0; h < halfEdges; h++) p[h]! /= Math.max(1, into[adj.targets[h]!]!);
  }
  return {
    model,
    runs,
    maxSteps,
    seed,
    make: (track) => new Cascade(g.order, adj, p, model, threshold, maxSteps, track),
  };
}

/** Resolves seed node keys to distinct indices. @internal */
export function resolveSeeds(fn: string, g: SocialGraph, seeds: unknown): Int32Array {
  if (!Array.isArray(seeds) && !(seeds instanceof Int32Array)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: seeds must be an array of node keys, got ${show(seeds)}`);
  }
  const out: number[] = [];
  const seen = new Set<number>();
  for (const key of seeds as ArrayLike<unknown> & Iterable<unknown>) {
    if (typeof key !== "string" && typeof key !== "number") {
      throw new TiescopeError("INVALID_OPTION", `${fn}: seeds must hold node keys, got ${show(key)}`);
    }
    const i = g.indexOrMissing(key);
    if (i < 0) throw new TiescopeError("UNKNOWN_NODE", `${fn}: seed ${show(key)} is not a node`, { node: key });
    if (!seen.has(i)) (seen.add(i), out.push(i));
  }
  return Int32Array.from(out);
}
