/**
 * Growable typed-array buffers and a key interner, used by the row and graphology builders
 * so that building from millions of rows keeps three typed arrays, not an object per row.
 */
import { TiescopeError, show } from "../util/errors.js";

/** Interns node keys: string -> dense index, in order of first appearance. */
export class KeyInterner {
  readonly keys: string[] = [];
  private readonly map = new Map<string, number>();

  /** The index of `key`, adding it when new. */
  intern(key: string): number {
    let i = this.map.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(key);
      this.map.set(key, i);
    }
    return i;
  }

  get size(): number {
    return this.keys.length;
  }
}

/** A row label for error messages, or a function building it only when a message needs it. */
export type RowLabel = string | (() => string);

function labelOf(where: RowLabel): string {
  return typeof where === "string" ? where : where();
}

/** Whether `x` is a valid weight: a finite number >= 0. */
export function isWeight(x: unknown): x is number {
  return typeof x === "number" && x >= 0 && x !== Infinity;
}

/** Normalises a node key: strings pass, finite numbers are stringified, anything else throws `INVALID_ROW`. */
export function toKey(fn: string, value: unknown, where: RowLabel, field: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return String(value);
  throw new TiescopeError(
    "INVALID_ROW",
    `${fn}: ${labelOf(where)} has ${value === undefined || value === null ? "no" : "an invalid"} ${field}${value === undefined || value === null ? "" : ` (${show(value)})`}; node keys must be strings or finite numbers`,
    { field, value },
  );
}

/** Checks a user weight: a finite number >= 0 (see {@link isWeight}), else `INVALID_WEIGHT` naming the row. */
export function toWeight(fn: string, value: unknown, where: RowLabel): number {
  if (!isWeight(value)) {
    throw new TiescopeError("INVALID_WEIGHT", `${fn}: ${labelOf(where)} has weight ${show(value)}; weights must be finite numbers >= 0`, {
      weight: value,
    });
  }
  return value;
}

/** Append-only edge arrays that double when full. */
export class EdgeBuffer {
  sources = new Int32Array(1024);
  targets = new Int32Array(1024);
  weights = new Float64Array(1024);
  length = 0;

  push(s: number, t: number, w: number): void {
    if (this.length === this.sources.length) this.grow();
    this.sources[this.length] = s;
    this.targets[this.length] = t;
    this.weights[this.length] = w;
    this.length++;
  }

  private grow(): void {
    const size = this.sources.length * 2;
    const s = new Int32Array(size);
    s.set(this.sources);
    this.sources = s;
    const t = new Int32Array(size);
    t.set(this.targets);
    this.targets = t;
    const w = new Float64Array(size);
    w.set(this.weights);
    this.weights = w;
  }
}
