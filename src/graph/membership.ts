import { TiescopeError, show } from "../util/errors.js";
import type { SocialGraph } from "./social-graph.js";

/** A community label as users supply it. */
export type CommunityLabel = string | number;

/**
 * A partition as algorithms accept it: a detected `Partition` (anything with a `membership`
 * array), a membership array by node index, or a `Map` / plain object from node key to label
 * (ground-truth labels such as departments or school classes).
 */
export type MembershipInput =
  | { readonly membership: ArrayLike<number> }
  | ArrayLike<number>
  | ReadonlyMap<string, CommunityLabel>
  | Readonly<Record<string, CommunityLabel>>;

/** A membership resolved against a graph: dense community ids `0 .. count - 1`. */
export interface ResolvedMembership {
  /** Community id by node index. */
  readonly membership: Int32Array;
  /** Number of communities. */
  readonly count: number;
  /** The user's label of each community id. */
  readonly labels: readonly CommunityLabel[];
}

/**
 * Resolves a partition input to dense community ids, numbered in order of first appearance
 * over node indices. Every node must have a label; labels in a `Map`/object that name no node
 * are errors too (they usually mean the wrong graph). O(n).
 *
 * @throws TiescopeError `INVALID_PARTITION` naming the node without a label or the bad label;
 *   `LENGTH_MISMATCH` when an array's length is not `g.order`; `UNKNOWN_NODE` for a key not in the graph.
 */
export function resolveMembership(fn: string, g: SocialGraph, input: MembershipInput): ResolvedMembership {
  const n = g.order;
  const raw: CommunityLabel[] = new Array(n);
  if (input === null || input === undefined || typeof input !== "object") {
    throw new TiescopeError("INVALID_PARTITION", `${fn}: expected a partition or membership, got ${show(input)}`);
  }
  const arrayLike = (input as { membership?: unknown }).membership ?? input;
  if (input instanceof Map) {
    for (const key of input.keys()) {
      if (!g.hasNode(key)) throw new TiescopeError("UNKNOWN_NODE", `${fn}: the partition labels ${show(key)}, which is not a node`, { node: key });
    }
    for (let i = 0; i < n; i++) raw[i] = labelOf(fn, g, i, input.get(g.key(i)));
  } else if (ArrayBuffer.isView(arrayLike) || Array.isArray(arrayLike)) {
    const a = arrayLike as ArrayLike<number>;
    if (a.length !== n) throw new TiescopeError("LENGTH_MISMATCH", `${fn}: membership has ${a.length} entries but the graph has ${n} nodes`);
    for (let i = 0; i < n; i++) {
      const x = a[i];
      if (typeof x !== "number" || !Number.isInteger(x)) {
        throw new TiescopeError("INVALID_PARTITION", `${fn}: node ${show(g.key(i))} has community ${show(x)}; expected an integer`, { node: g.key(i) });
      }
      raw[i] = x;
    }
  } else {
    const record = input as Readonly<Record<string, CommunityLabel>>;
    for (const key of Object.keys(record)) {
      if (!g.hasNode(key)) throw new TiescopeError("UNKNOWN_NODE", `${fn}: the partition labels ${show(key)}, which is not a node`, { node: key });
    }
    for (let i = 0; i < n; i++) {
      const key = g.key(i);
      raw[i] = labelOf(fn, g, i, Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
    }
  }
  const ids = new Map<CommunityLabel, number>();
  const labels: CommunityLabel[] = [];
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label = raw[i]!;
    let c = ids.get(label);
    if (c === undefined) {
      c = labels.length;
      ids.set(label, c);
      labels.push(label);
    }
    membership[i] = c;
  }
  return { membership, count: labels.length, labels };
}

function labelOf(fn: string, g: SocialGraph, i: number, label: unknown): CommunityLabel {
  if (typeof label === "string" || (typeof label === "number" && Number.isFinite(label))) return label;
  throw new TiescopeError(
    "INVALID_PARTITION",
    label === undefined
      ? `${fn}: node ${show(g.key(i))} has no community in the partition`
      : `${fn}: node ${show(g.key(i))} has community ${show(label)}; labels must be strings or finite numbers`,
    { node: g.key(i) },
  );
}
