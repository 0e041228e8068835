export { TiescopeError, type TiescopeErrorCode } from "./errors.js";
export { Random, createRandom } from "./random.js";
export type { ProgressCallback, LongRunningOptions } from "./progress.js";
