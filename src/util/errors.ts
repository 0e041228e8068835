/**
 * Typed errors. Every error tiescope raises on bad input is a {@link TiescopeError}
 * whose `code` is stable across versions, so callers can branch on it, and whose
 * message starts with the name of the function that rejected the input and names
 * the offending node, edge, row or option.
 */

/** The stable error codes. New codes may be added; existing ones never change meaning. */
export type TiescopeErrorCode =
  /** A weight is NaN, infinite, negative or not a number. */
  | "INVALID_WEIGHT"
  /** A node key or index that is not in the graph. */
  | "UNKNOWN_NODE"
  /** An edge that is not in the graph, or an edge id out of range. */
  | "UNKNOWN_EDGE"
  /** The operation needs at least one node (or edge) and the graph has none. */
  | "EMPTY_GRAPH"
  /** A graphology graph that mixes directed and undirected edges. */
  | "MIXED_GRAPH"
  /** An option key the function does not know. */
  | "UNKNOWN_OPTION"
  /** An option whose value is out of range or of the wrong type. */
  | "INVALID_OPTION"
  /** An input row (edge or interaction) that cannot be read. */
  | "INVALID_ROW"
  /** A self-loop met under the `selfLoops: "error"` policy. */
  | "SELF_LOOP"
  /** A parallel edge met under the `parallelEdges: "error"` policy. */
  | "PARALLEL_EDGE"
  /** A partition or membership that does not cover the graph's nodes. */
  | "INVALID_PARTITION"
  /** A per-edge or per-node array whose length does not match the graph. */
  | "LENGTH_MISMATCH"
  /** The operation does not support this kind of graph (directed vs undirected). */
  | "UNSUPPORTED_GRAPH"
  /** The operation was cancelled through its `AbortSignal`. */
  | "ABORTED";

/**
 * The error tiescope throws for bad input or a cancelled operation.
 *
 * @example
 * ```ts
 * try { g.index("nobody"); } catch (e) {
 *   if (e instanceof TiescopeError && e.code === "UNKNOWN_NODE") { ... }
 * }
 * ```
 */
export class TiescopeError extends Error {
  /** The stable machine-readable code. */
  readonly code: TiescopeErrorCode;
  /** Optional structured detail (the offending key, row number, value, ...). */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: TiescopeErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "TiescopeError";
    this.code = code;
    this.details = details ? Object.freeze({ ...details }) : undefined;
  }
}

/** Formats a value for an error message: strings quoted, everything else via `String`. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  try {
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}
