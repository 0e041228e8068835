/**
 * The streaming state of aggregateInteractions: node and dyad indices plus growable per-dyad
 * typed arrays in open-addressing hash tables (no boxed keys). Memory is O(people + dyads ·
 * (10 + half-lives)) doubles plus an 8-byte slot per distinct (dyad, day); no event is held. Internal.
 */
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

/** @internal */
export class DyadAccumulator {
  readonly nodeIndex = new Map<string, number>();
  readonly nodeKeys: string[] = [];
  private readonly dyadIndex = new PairIndex();
  dyads = 0;
  private cap = 1024;
  src: Int32Array = new Int32Array(this.cap);
  tgt: Int32Array = new Int32Array(this.cap);
  fwd: Float64Array = new Float64Array(this.cap);
  bwd: Float64Array = new Float64Array(this.cap);
  volume: Float64Array = new Float64Array(this.cap);
  first: Float64Array = new Float64Array(this.cap);
  last: Float64Array = new Float64Array(this.cap);
  lastDay: Float64Array = new Float64Array(this.cap);
  days: Float64Array = new Float64Array(this.cap);
  chanMask: Int32Array = new Int32Array(this.cap);
  /** Recency sums per half-life, each relative to `last` of its dyad. */
  sums: Float64Array[];
  private readonly daySet = new PairSet();
  private lastChannel: string | null = null;
  private lastChannelIndex = -1;
  private readonly chanSet = new Set<number>();
  readonly channelIndex = new Map<string, number>();
  readonly channelNames: string[] = [];
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
    this.sums = settings.halfLives.map(() => new Float64Array(this.cap));
    this.decay = Float64Array.from(settings.halfLives, (h) => LN2 / h);
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
      if (typeof w !== "number" || !(w >= 0) || w === Infinity) {
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
    const ia = this.node(a);
    const ib = this.node(b);
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
    let d = this.dyadIndex.get(lo, hi, this.src, this.tgt);
    if (d < 0) {
      d = this.newDyad(lo, hi, t);
      this.dyadIndex.insert(lo, hi, d, this.src, this.tgt);
    }
    if (lo === ia) this.fwd[d] = this.fwd[d]! + 1;
    else this.bwd[d] = this.bwd[d]! + 1;
    this.volume[d] = this.volume[d]! + w;
    if (t < this.first[d]!) this.first[d] = t;
    const ref = this.last[d]!;
    const sums = this.sums;
    if (t >= ref) {
      for (let k = 0; k < sums.length; k++) {
        const s = sums[k]!;
        s[d] = (t === ref ? s[d]! : s[d]! * Math.exp(-this.decay[k]! * (t - ref))) + 1;
      }
      this.last[d] = t;
    } else {
      for (let k = 0; k < sums.length; k++) {
        const s = sums[k]!;
        s[d] = s[d]! + Math.exp(-this.decay[k]! * (ref - t));
      }
    }
    const day = Math.floor(t / DAY);
    if (day !== this.lastDay[d]) {
      if (this.daySet.add(d, day)) this.days[d] = this.days[d]! + 1;
      this.lastDay[d] = day;
    }
    const ch = ev.channel;
    this.channel(d, ch === undefined || ch === null ? "" : typeof ch === "string" ? ch : String(ch));
  }

  private channel(d: number, name: string): void {
    let c = name === this.lastChannel ? this.lastChannelIndex : this.channelIndex.get(name);
    this.lastChannel = name;
    if (c === undefined) {
      c = this.channelNames.length;
      this.channelIndex.set(name, c);
      this.channelNames.push(name);
    }
    this.lastChannelIndex = c;
    if (c < 31) this.chanMask[d] = this.chanMask[d]! | (1 << c);
    else this.chanSet.add(d * 65_536 + Math.min(c, 65_535));
  }

  /** Distinct channels of dyad d. */
  channelCount(d: number): number {
    let m = this.chanMask[d]!;
    let n = 0;
    while (m !== 0) {
      m &= m - 1;
      n++;
    }
    if (this.channelNames.length > 31) for (let c = 31; c < this.channelNames.length; c++) if (this.chanSet.has(d * 65_536 + c)) n++;
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

  private node(key: string): number {
    let i = this.nodeIndex.get(key);
    if (i === undefined) {
      i = this.nodeKeys.length;
      this.nodeIndex.set(key, i);
      this.nodeKeys.push(key);
    }
    return i;
  }

  private newDyad(lo: number, hi: number, t: number): number {
    if (this.dyads === this.cap) this.grow();
    const d = this.dyads++;
    this.src[d] = lo;
    this.tgt[d] = hi;
    this.first[d] = t;
    this.last[d] = t;
    this.lastDay[d] = NaN;
    return d;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const f64 = (a: Float64Array): Float64Array => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.src = i32(this.src);
    this.tgt = i32(this.tgt);
    this.chanMask = i32(this.chanMask);
    this.fwd = f64(this.fwd);
    this.bwd = f64(this.bwd);
    this.volume = f64(this.volume);
    this.first = f64(this.first);
    this.last = f64(this.last);
    this.lastDay = f64(this.lastDay);
    this.days = f64(this.days);
    this.sums = this.sums.map(f64);
    this.cap = cap;
  }
}
