/**
 * Progress on stderr: a redrawn bar on a terminal, plain lines otherwise (one per stage and a
 * few in between), nothing with `--quiet`. Updates are throttled so long loops can call freely.
 */
import type { ProgressMode } from "./args.js";

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export class ProgressReporter {
  private readonly mode: "bar" | "lines" | "none";
  private stage = "";
  private lastDraw = 0;
  private lastLineStep = -1;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    mode: ProgressMode = "auto",
    private readonly now: () => number = Date.now,
  ) {
    this.mode = mode === "auto" ? (stream.isTTY ? "bar" : "lines") : mode;
    this.started = now();
  }

  /** The mode in use after resolving `auto`. */
  get kind(): "bar" | "lines" | "none" {
    return this.mode;
  }

  /** Starts a stage (optionally part-way through a longer one, e.g. one step of the analysis). */
  begin(stage: string, fraction = 0): void {
    this.stage = stage;
    this.lastLineStep = Math.floor(fraction * 4);
    if (this.mode === "lines") this.stream.write(`tiescope: ${stage}...\n`);
    else if (this.mode === "bar") this.draw(fraction, true);
  }

  /** Reports the fraction done of the current stage. */
  update(fraction: number): void {
    const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
    if (this.mode === "lines") {
      const step = Math.floor(f * 4);
      if (step > this.lastLineStep && step < 4) {
        this.lastLineStep = step;
        this.stream.write(`tiescope: ${this.stage} ${Math.round(f * 100)}%\n`);
      }
    } else if (this.mode === "bar") this.draw(f, false);
  }

  /** Prints a message line without breaking the bar. */
  log(message: string): void {
    if (this.mode === "none") return;
    this.clear();
    this.stream.write(`tiescope: ${message}\n`);
  }

  /** Clears the bar (before an error message or at the end). */
  clear(): void {
    if (this.mode === "bar" && this.drawn) {
      this.stream.write("\r\x1b[2K");
      this.drawn = false;
    }
  }

  /** Ends the run: clears the bar and prints the elapsed time. */
  finish(message: string): void {
    this.clear();
    if (this.mode !== "none") this.stream.write(`tiescope: ${message} (${((this.now() - this.started) / 1000).toFixed(1)} s)\n`);
  }

  private draw(f: number, force: boolean): void {
    const t = this.now();
    if (!force && t - this.lastDraw < 80) return;
    this.lastDraw = t;
    const width = 24;
    const full = Math.round(f * width);
    const label = this.stage.length > 40 ? this.stage.slice(0, 39) + "…" : this.stage;
    this.stream.write(`\r\x1b[2K[${"#".repeat(full)}${"-".repeat(width - full)}] ${String(Math.round(f * 100)).padStart(3)}% ${label}`);
    this.drawn = true;
  }
}
