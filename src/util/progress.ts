import { TiescopeError } from "./errors.js";

/** Called with the fraction done in [0, 1] and the name of the current stage. */
export type ProgressCallback = (fraction: number, stage: string) => void;

/** The options every long-running function accepts. */
export interface LongRunningOptions {
  /** Progress callback, called at most a few hundred times per run. Default: none. */
  onProgress?: ProgressCallback | undefined;
  /** Cancels the run: the function throws `TiescopeError` with code `ABORTED`. Default: none. */
  signal?: AbortSignal | undefined;
}

/** Throws `ABORTED` when `signal` has been aborted. Cheap enough to call once per outer-loop step. */
export function throwIfAborted(fn: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new TiescopeError("ABORTED", `${fn}: aborted${signal.reason ? ` (${String(signal.reason)})` : ""}`);
  }
}
