import { checkChoice } from "../util/options.js";
import type { ParallelEdgePolicy, SelfLoopPolicy } from "./csr.js";

/** Accepted values of the `selfLoops` option. */
export const SELF_LOOP_POLICIES: readonly SelfLoopPolicy[] = Object.freeze(["ignore", "error"]);
/** Accepted values of the `parallelEdges` option. */
export const PARALLEL_EDGE_POLICIES: readonly ParallelEdgePolicy[] = Object.freeze(["sum", "max", "min", "error"]);

/** Validates the two build policies. */
export function checkPolicies(
  fn: string,
  options: { selfLoops: unknown; parallelEdges: unknown },
): { selfLoops: SelfLoopPolicy; parallelEdges: ParallelEdgePolicy } {
  return {
    selfLoops: checkChoice(fn, "selfLoops", options.selfLoops, SELF_LOOP_POLICIES),
    parallelEdges: checkChoice(fn, "parallelEdges", options.parallelEdges, PARALLEL_EDGE_POLICIES),
  };
}
