/**
 * The minimal shape of a tie-strength result that other capabilities consume (weights,
 * weak/strong flags). `estimateTieStrength` returns a richer object that satisfies it; hand-made
 * objects work too, which keeps every downstream algorithm testable on its own.
 */
export interface TieStrengthLike {
  /** Per edge id: strength in [0, 1], higher = stronger. */
  readonly strength: Float64Array;
  /** Per edge id: 1 when the tie is weak, 0 when strong. */
  readonly weak: Uint8Array;
  /** The strength below which a tie is weak. */
  readonly threshold: number;
}
