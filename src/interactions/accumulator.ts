/**
 * The streaming state of aggregateInteractions: node and dyad indices plus growable per-dyad
 * typed arrays in open-addressing hash tables (no boxed keys). Memory is O(people + dyads ·
 * (10 + half-lives)) doubles plus an 8-byte slot per distinct (dyad, day); no event is held. Internal.
 */
import { KeyInterner, isWeight } from "../graph/edge-buffer.js";
import { TiescopeError, show } from "../util/errors.js";
import type { InteractionEvent } from "./types.js";
import { PairIndex, PairSet } from "./hash.js";

const DAY = 86_400_000;
const LN2 = Math.LN2;

/** Half-lives (ms) tracked when the caller does not fix one; the default is chosen among them at the end. */
export const HALF_LIFE_GRID: readonly number[] = Object.freeze([
  3_600_000, 6 * 3_600_000, DAY, 3 * DAY, 7 * DAY, 28 * DAY, 91 * DAY, 365 * DAY,
]);

/** Parsed options the accumulator needs. @internal */
export interface AccumulatorSettings {
  directed: boolean;
  timeScale: number;
  windowStart: number;
  windowEnd: number;
  halfLives: readonly number[];
}

/** Per-dyad fields, interleaved: dyad d's fields are `data[d * stride + FIELD]`. @internal */
export const FWD = 0;
export const BWD = 1;
export const VOLUME = 2;
export const FIRST = 3;
export const LAST = 4;
export const LAST_DAY = 5;
export const DAYS = 6;
export const CHANNEL_MASK = 7;
/** Recency sum of half-life k (relative to LAST) is at `SUMS + k`. */
export const SUMS = 8;

/** @internal */
export class DyadAccumulator {
  /** Node keys by index, in order of first appearance. */
  readonly nodes = new KeyInterner();
  private readonly dyadIndex = new PairIndex();
  dyads = 0;
  private cap = 1024;
  src: Int32Array = new Int32Array(this.cap);
  tgt: Int32Array = new Int32Array(this.cap);
  /** All per-dyad numbers, `stride` per dyad, so one event touches one or two cache lines. */
  data: Float64Array;
  readonly stride: number;
  private readonly daySet = new PairSet();
  private lastChannel: string | null = null;
  private lastChannelIndex = -1;
  private readonly chanSet = new Set<number>();
  /** Channel names by index, in order of first appearance. */
  readonly channels = new KeyInterner();
  events = 0;
  kept = 0;
  outsideWindow = 0;
  selfInteractions = 0;
  readonly selfByNode = new Map<string, number>();
  start = Infinity;
  end = -Infinity;
  private readonly s: AccumulatorSettings;
  private readonly decay: Float64Array;

  constructor(settings: AccumulatorSettings) {
    this.s = settings;
    this.stride = SUMS + settings.halfLives.length;
    this.data = new Float64Array(this.cap * this.stride);
    this.decay = Float64Array.from(settings.halfLives, (h) => LN2 / h);
  }

  /** Field f of dyad d. */
  get(d: number, f: number): number {
    return this.data[d * this.stride + f]!;
  }

  add(ev: InteractionEvent, row: number, fn: string): void {
    this.events++;
    if (ev === null || typeof ev !== "object") {
      throw new TiescopeError("INVALID_ROW", `${fn}: row ${row} is not an event object: ${show(ev)}`, { row });
    }
    const a = this.endpoint(ev.source, row, "source", fn);
    const b = this.endpoint(ev.target, row, "target", fn);
    const t = this.time(ev.time, row, fn);
    let w = 1;
    if (ev.weight !== undefined && ev.weight !== null) {
      w = ev.weight;
      if (!isWeight(w)) {
        throw new TiescopeError("INVALID_WEIGHT", `${fn}: row ${row}, field "weight": ${show(ev.weight)} is not a finite number >= 0`, {
          row,
          field: "weight",
          value: ev.weight,
        });
      }
    }
    if (t < this.s.windowStart || t > this.s.windowEnd) {
      this.outsideWindow++;
      return;
    }
    const ia = this.nodes.intern(a);
    const ib = this.nodes.intern(b);
    if (ia === ib) {
      this.selfInteractions++;
      this.selfByNode.set(a, (this.selfByNode.get(a) ?? 0) + 1);
      return;
    }
    this.kept++;
    if (t < this.start) this.start = t;
    if (t > this.end) this.end = t;
    const lo = this.s.directed || ia < ib ? ia : ib;
    const hi = lo === ia ? ib : ia;
    let d = this.dyadIndex.get(lo, hi);
    if (d < 0) {
      d = this.newDyad(lo, hi, t);
      this.dyadIndex.insert(lo, hi, d);
    }
    const x = this.data;
    const o = d * this.stride;
    const dir = o + (lo === ia ? FWD : BWD);
    x[dir] = x[dir]! + 1;
    x[o + VOLUME] = x[o + VOLUME]! + w;
    if (t < x[o + FIRST]!) x[o + FIRST] = t;
    const ref = x[o + LAST]!;
    const decay = this.decay;
    const H = decay.length;
    if (t > ref) {
      for (let k = 0; k < H; k++) x[o + SUMS + k] = x[o + SUMS + k]! * Math.exp(-decay[k]! * (t - ref)) + 1;
      x[o + LAST] = t;
    } else if (t === ref) {
      for (let k = o + SUMS; k < o + SUMS + H; k++) x[k] = x[k]! + 1;
    } else {
      for (let k = 0; k < H; k++) x[o + SUMS + k] = x[o + SUMS + k]! + Math.exp(-decay[k]! * (ref - t));
    }
    const day = Math.floor(t / DAY);
    if (day !== x[o + LAST_DAY]) {
      if (this.daySet.add(d, day)) x[o + DAYS] = x[o + DAYS]! + 1;
      x[o + LAST_DAY] = day;
    }
    const ch = ev.channel;
    this.channel(d, ch === undefined || ch === null ? "" : typeof ch === "string" ? ch : String(ch));
  }

  private channel(d: number, name: string): void {
    const c = name === this.lastChannel ? this.lastChannelIndex : this.channels.intern(name);
    this.lastChannel = name;
    this.lastChannelIndex = c;
    if (c < 31) {
      const j = d * this.stride + CHANNEL_MASK;
      this.data[j] = (this.data[j]! | (1 << c)) >>> 0;
    }
    else this.chanSet.add(d * 65_536 + Math.min(c, 65_535));
  }

  /** Distinct channels of dyad d. */
  channelCount(d: number): number {
    let m = this.data[d * this.stride + CHANNEL_MASK]! | 0;
    let n = 0;
    while (m !== 0) {
      m &= m - 1;
      n++;
    }
    const k = this.channels.size;
    if (k > 31) for (let c = 31; c < k; c++) if (this.chanSet.has(d * 65_536 + c)) n++;
    return n;
  }

  private endpoint(value: unknown, row: number, field: string, fn: string): string {
    if (typeof value === "string" && value.length > 0) return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    throw new TiescopeError("INVALID_ROW", `${fn}: row ${row}, field ${show(field)}: missing or invalid endpoint ${show(value)}`, {
      row,
      field,
      value,
    });
  }

  private time(value: unknown, row: number, fn: string): number {
    let t = NaN;
    if (typeof value === "number") t = value * this.s.timeScale;
    else if (value instanceof Date) t = value.getTime();
    else if (typeof value === "string" && value.trim() !== "") {
      const n = Number(value);
      t = Number.isFinite(n) ? n * this.s.timeScale : Date.parse(value);
    }
    if (!Number.isFinite(t)) {
      throw new TiescopeError("INVALID_ROW", `${fn}: row ${row}, field "time": cannot read a time from ${show(value)}`, {
        row,
        field: "time",
        value,
      });
    }
    return t;
  }

  private newDyad(lo: number, hi: number, t: number): number {
    if (this.dyads === this.cap) this.grow();
    const d = this.dyads++;
    this.src[d] = lo;
    this.tgt[d] = hi;
    const o = d * this.stride;
    this.data[o + FIRST] = t;
    this.data[o + LAST] = t;
    this.data[o + LAST_DAY] = NaN;
    return d;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const src = new Int32Array(cap);
    src.set(this.src);
    const tgt = new Int32Array(cap);
    tgt.set(this.tgt);
    const data = new Float64Array(cap * this.stride);
    data.set(this.data);
    this.src = src;
    this.tgt = tgt;
    this.data = data;
    this.cap = cap;
  }
}
