import type { SocialGraph } from "../../src/index.js";

/** What demo sections share; earlier sections add results for later ones. */
export interface DemoContext {
  name: string;
  graph: SocialGraph;
  /** Ground-truth faction per node index. */
  clubs: readonly string[];
  [result: string]: unknown;
}

/** One section of the demo: a title and a function returning the lines to print. */
export interface DemoSection {
  title: string;
  run(context: DemoContext): string[];
}

/** Formats rows as an aligned text table. */
export function table(rows: Record<string, unknown>[]): string[] {
  if (rows.length === 0) return ["(none)"];
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown): string => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join("  ");
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))];
}
