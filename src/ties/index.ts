// Public surface of src/ties: re-exports only.
export type { TieStrengthLike } from "./types.js";
export { edgeEmbeddedness } from "./embeddedness.js";
