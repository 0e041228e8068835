/** Validation of the `ties` option (a {@link TieStrengthLike}). Internal. */
import type { SocialGraph } from "../graph/social-graph.js";
import type { TieStrengthLike } from "../ties/types.js";
import { TiescopeError, show } from "../util/errors.js";

/** Checks lengths, strengths in [0, 1] and 0/1 weak flags. @throws `INVALID_OPTION`, `LENGTH_MISMATCH`, `INVALID_WEIGHT`. */
export function checkTies(fn: string, g: SocialGraph, ties: TieStrengthLike | null | undefined): TieStrengthLike | null {
  if (ties === null || ties === undefined) return null;
  if (typeof ties !== "object" || !(ties.strength instanceof Float64Array) || !(ties.weak instanceof Uint8Array)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: ties must be a tie-strength result { strength: Float64Array, weak: Uint8Array, threshold }, got ${show(ties)}`);
  }
  if (ties.strength.length !== g.size || ties.weak.length !== g.size) {
    throw new TiescopeError("LENGTH_MISMATCH", `${fn}: ties cover ${ties.strength.length} strengths and ${ties.weak.length} weak flags but the graph has ${g.size} edges`);
  }
  for (let e = 0; e < g.size; e++) {
    const s = ties.strength[e]!;
    if (!(s >= 0 && s <= 1)) {
      throw new TiescopeError("INVALID_WEIGHT", `${fn}: edge ${e} (${show(g.key(g.edgeSources[e]!))} - ${show(g.key(g.edgeTargets[e]!))}) has strength ${show(s)}; strengths must be in [0, 1]`, { edge: e, weight: s });
    }
  }
  return ties;
}
