/**
 * Validation of the `ties` option shared by every capability that consumes tie strengths
 * (bridges, roles, paths, reach). Internal.
 */
import type { SocialGraph } from "../graph/social-graph.js";
import { TiescopeError, show } from "../util/errors.js";
import type { TieStrengthLike } from "./types.js";

/**
 * Checks a {@link TieStrengthLike}: `strength` a `Float64Array` of `g.size` values in [0, 1],
 * `weak` a `Uint8Array` of `g.size` flags. O(m). @internal
 *
 * @throws TiescopeError `INVALID_OPTION` (missing or wrong type), `LENGTH_MISMATCH`,
 *   `INVALID_WEIGHT` naming the first strength outside [0, 1].
 */
export function resolveTies(fn: string, g: SocialGraph, ties: unknown): TieStrengthLike {
  const t = ties as Partial<TieStrengthLike> | null | undefined;
  if (!t || typeof t !== "object" || !(t.strength instanceof Float64Array) || !(t.weak instanceof Uint8Array)) {
    throw new TiescopeError("INVALID_OPTION", `${fn}: option ties must be a tie-strength result { strength: Float64Array, weak: Uint8Array, threshold }, got ${show(ties)}`, {
      option: "ties",
    });
  }
  if (t.strength.length !== g.size || t.weak.length !== g.size) {
    throw new TiescopeError(
      "LENGTH_MISMATCH",
      `${fn}: ties has ${t.strength.length} strengths and ${t.weak.length} weak flags but the graph has ${g.size} edges`,
    );
  }
  checkStrengths(fn, g, t.strength);
  return t as TieStrengthLike;
}

/** Throws `INVALID_WEIGHT` naming the first edge whose strength is outside [0, 1]. O(m). @internal */
export function checkStrengths(fn: string, g: SocialGraph, s: Float64Array): void {
  for (let e = 0; e < s.length; e++) {
    const x = s[e]!;
    if (!(x >= 0 && x <= 1)) {
      throw new TiescopeError(
        "INVALID_WEIGHT",
        `${fn}: edge ${e} (${show(g.key(g.edgeSources[e]!))} - ${show(g.key(g.edgeTargets[e]!))}) has strength ${show(x)}; strengths must be in [0, 1]`,
        { edge: e, weight: x },
      );
    }
  }
}
