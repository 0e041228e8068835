/** Community membership as the report shows it: dense ids by decreasing size, with a label each. */
import { renumberBySize } from "../communities/partition.js";

export interface Membership {
  /** Per node, community id; ids ordered by decreasing size (ties: first appearance). */
  membership: Int32Array;
  labels: string[];
  sizes: number[];
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
  const { membership, count } = renumberBySize(raw, ids.size);
  const names = new Array<string>(count);
  const sizes = new Array<number>(count).fill(0);
  for (let i = 0; i < raw.length; i++) {
    const c = membership[i]!;
    names[c] = labels[i]!;
    sizes[c]!++;
  }
  return { membership, labels: names, sizes };
}
