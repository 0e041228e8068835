/** Dunbar's layers of an ego network: contacts ranked by tie strength into the 5 / 15 / 50 / 150 circles. */
import type { SocialGraph } from "../graph/social-graph.js";
import { resolveEdgeWeights, type WeightsInput } from "../graph/weights.js";
import { TiescopeError, show } from "../util/errors.js";
import { checkNumber, resolveOptions } from "../util/options.js";

/** Options of {@link dunbarLayers}. */
export interface DunbarLayersOptions {
  /** Cumulative layer sizes, increasing. Default `[5, 15, 50, 150]`. */
  sizes?: readonly number[];
}

/** The defaults of {@link dunbarLayers}. */
export const DUNBAR_LAYERS_DEFAULTS: Readonly<Required<DunbarLayersOptions>> = Object.freeze({ sizes: Object.freeze([5, 15, 50, 150]) });

/** One contact of the ego in a {@link DunbarLayers} result. */
export interface DunbarRow {
  contact: string;
  strength: number;
  /** 1-based rank by strength. */
  rank: number;
  /** Index of the layer (0 = innermost); `sizes.length` for contacts beyond the last layer. */
  layer: number;
  /** The cumulative size of that layer (Infinity beyond the last). */
  layerSize: number;
}

/** The result of {@link dunbarLayers}. */
export interface DunbarLayers {
  readonly ego: string;
  /** Contacts' node indices, strongest first. */
  readonly contacts: Int32Array;
  /** Their tie strengths, in the same order. */
  readonly strengths: Float64Array;
  /** Their layer index, in the same order. */
  readonly layer: Uint8Array;
  /** The cumulative sizes used. */
  readonly sizes: readonly number[];
  /** Contacts (keys) of each layer: `members[k]` holds the contacts of layer k only (not the inner ones). */
  readonly members: readonly (readonly string[])[];
  /** The layer index of contact `key`. @throws `UNKNOWN_NODE` when it is not a contact of the ego. */
  get(key: string | number): number;
  rows(): DunbarRow[];
}

/**
 * Places an ego's contacts into Dunbar's nested layers by tie strength: the strongest 5 form the
 * support clique, the next 10 the sympathy group (15 in all), then 50 and 150 (the "Dunbar
 * number"); contacts ranked beyond 150 get layer index 4. Contacts are ranked by strength,
 * strongest first, ties broken by node index. On a directed graph a contact's strength is the
 * larger of the two arcs' strengths.
 *
 * @param ties - per-edge strengths: a tie-strength result (e.g. from {@link estimateTieStrength}) or a `Float64Array` (higher = closer).
 * @param ego - the ego's key.
 * Options: `sizes` (cumulative, increasing positive integers; default 5, 15, 50, 150).
 * @returns The ranked contacts with their layer; `members` groups the keys by layer.
 * @throws TiescopeError `UNKNOWN_NODE` (ego), `LENGTH_MISMATCH` / `INVALID_WEIGHT` (ties),
 *   `INVALID_OPTION` (sizes), `UNKNOWN_OPTION`.
 * @example
 * ```ts
 * const { graph } = karateClub();
 * const layers = dunbarLayers(graph, estimateTieStrength(graph), "0");
 * layers.members[0]; // the 5 strongest ties of member 0
 * ```
 * Complexity: O(d log d) for an ego of degree d. An ego with no contacts gives empty layers.
 *
 * References: R. I. M. Dunbar, "The social brain hypothesis", Evol. Anthropol. 6(5), 1998,
 * doi:10.1002/(SICI)1520-6505(1998)6:5<178::AID-EVAN5>3.0.CO;2-8; W.-X. Zhou, D. Sornette,
 * R. A. Hill, R. I. M. Dunbar, "Discrete hierarchical organization of social group sizes",
 * Proc. R. Soc. B 272, 2005, doi:10.1098/rspb.2004.2970.
 */
export function dunbarLayers(g: SocialGraph, ties: WeightsInput, ego: string | number, options?: DunbarLayersOptions): DunbarLayers {
  const fn = "dunbarLayers";
  const o = resolveOptions(fn, options, DUNBAR_LAYERS_DEFAULTS);
  const sizes = o.sizes;
  if (!Array.isArray(sizes) || sizes.length === 0 || sizes.length > 254) throw new TiescopeError("INVALID_OPTION", `${fn}: sizes must be a non-empty array, got ${show(sizes)}`);
  sizes.forEach((s, i) => {
    checkNumber(fn, `sizes[${i}]`, s, { min: 1, integer: true });
    if (i > 0 && s <= sizes[i - 1]!) throw new TiescopeError("INVALID_OPTION", `${fn}: sizes must increase, got ${show(sizes)}`);
  });
  const w = resolveEdgeWeights(fn, g, ties);
  const u = g.index(ego);
  const best = new Map<number, number>();
  const visit = (offsets: Int32Array, nb: Int32Array, ids: Int32Array): void => {
    for (let h = offsets[u]!; h < offsets[u + 1]!; h++) {
      const v = nb[h]!;
      const s = w[ids[h]!]!;
      const prev = best.get(v);
      if (prev === undefined || s > prev) best.set(v, s);
    }
  };
  visit(g.offsets, g.targets, g.edgeIds);
  if (g.directed) visit(g.inOffsets, g.inSources, g.inEdgeIds);
  const order = Array.from(best.keys()).sort((a, b) => best.get(b)! - best.get(a)! || a - b);
  const d = order.length;
  const contacts = Int32Array.from(order);
  const strengths = Float64Array.from(order, (v) => best.get(v)!);
  const layer = new Uint8Array(d);
  const members: string[][] = Array.from({ length: sizes.length + 1 }, () => []);
  let k = 0;
  for (let r = 0; r < d; r++) {
    while (k < sizes.length && r >= sizes[k]!) k++;
    layer[r] = k;
    members[k]!.push(g.key(order[r]!));
  }
  const position = new Map<number, number>(order.map((v, r) => [v, r]));
  const egoKey = g.key(u);
  return Object.freeze({
    ego: egoKey,
    contacts,
    strengths,
    layer,
    sizes: Object.freeze(sizes.slice()),
    members: Object.freeze(members.map((m) => Object.freeze(m))),
    get(key: string | number): number {
      const r = position.get(g.index(key));
      if (r === undefined) throw new TiescopeError("UNKNOWN_NODE", `DunbarLayers.get: ${show(key)} is not a contact of ${show(egoKey)}`, { node: key });
      return layer[r]!;
    },
    rows(): DunbarRow[] {
      return order.map((v, r) => ({ contact: g.key(v), strength: strengths[r]!, rank: r + 1, layer: layer[r]!, layerSize: sizes[layer[r]!] ?? Infinity }));
    },
  });
}
