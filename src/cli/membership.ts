/** Community membership as the report shows it: dense ids by decreasing size, with a label each. */

export interface Membership {
  /** Per node, community id; ids ordered by decreasing size (ties: first appearance). */
  membership: Int32Array;
  labels: string[];
  sizes: number[];
}

/** Renumbers `raw` ids (0..names.length-1) by decreasing size (ties: smaller id first). */
export function relabel(raw: Int32Array, names: string[]): Membership {
  const count = names.length;
  const sizes = new Array<number>(count).fill(0);
  for (const c of raw) sizes[c]!++;
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  const membership = raw.map((c) => rank[c]!);
  return { membership, labels: order.map((c) => names[c]!), sizes: order.map((c) => sizes[c]!) };
}

/** Membership from a label per node (ground truth). */
export function membershipFromLabels(labels: readonly string[]): Membership {
  const ids = new Map<string, number>();
  const raw = new Int32Array(labels.length);
  labels.forEach((l, i) => {
    let c = ids.get(l);
    if (c === undefined) ids.set(l, (c = ids.size));
    raw[i] = c;
  });
  return relabel(raw, [...ids.keys()]);
}
