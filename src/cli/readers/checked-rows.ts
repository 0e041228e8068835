/**
 * The row loop shared by the delimited readers: skips the header, reports progress and yields to
 * the event loop every 65,536 rows (so Ctrl-C is seen), splits each row, and checks the fields
 * every reader needs (enough fields, a source and a target, a non-negative weight), with errors
 * naming the file line.
 */
import type { DelimitedLayout } from "../detect.js";
import { CliError, checkInterrupted } from "../errors.js";
import { splitRow } from "./delimited.js";
import type { ReadProgress } from "./input.js";
import { dataLines } from "./text.js";

/** Resolves on the next turn of the event loop. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** One checked data row. */
export interface CheckedRow {
  fields: string[];
  line: number;
  source: string;
  target: string;
  /** The weight column's value, or undefined when the layout has none. */
  weight: number | undefined;
  /** A CliError naming this row's file line. */
  bad(message: string): CliError;
}

/** Yields the checked data rows of `text`. @throws CliError naming the file line of a bad row. */
export async function* checkedRows(
  text: string,
  layout: DelimitedLayout,
  need: number,
  options: { where: string; onProgress?: ReadProgress | undefined; signal?: AbortSignal | undefined },
): AsyncGenerator<CheckedRow> {
  const { columns, delimiter } = layout;
  const total = text.length;
  let headerSkipped = layout.header === null;
  let count = 0;
  for (const { text: row, line, end } of dataLines(text)) {
    if (!headerSkipped) {
      headerSkipped = true;
      continue;
    }
    if ((++count & 0xffff) === 0) {
      options.onProgress?.(end / total);
      await yieldToEventLoop();
      checkInterrupted(options.signal);
    }
    const fields = splitRow(row, delimiter);
    const bad = (msg: string): CliError => new CliError(`${options.where} line ${line}: ${msg}`);
    if (fields.length < need) throw bad(`expected ${need} fields, found ${fields.length} in ${JSON.stringify(row.length > 80 ? row.slice(0, 80) + "…" : row)}`);
    const source = fields[columns.source]!;
    const target = fields[columns.target]!;
    if (source === "" || target === "") throw bad(`empty ${source === "" ? "source" : "target"}`);
    let weight: number | undefined;
    if (columns.weight !== undefined) {
      const raw = fields[columns.weight]!;
      weight = Number(raw);
      if (raw === "" || !Number.isFinite(weight) || weight < 0) throw bad(`weight ${JSON.stringify(raw)} is not a non-negative number`);
    }
    yield { fields, line, source, target, weight, bad };
  }
}
