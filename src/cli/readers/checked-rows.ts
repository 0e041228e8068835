/**
 * The row loop shared by the delimited readers: skips the header, reports progress and yields to
 * the event loop every 65,536 rows (so Ctrl-C is seen), splits each row, and checks the fields
 * every reader needs (enough fields, a source and a target, a non-negative weight), with errors
 * naming the file line.
 */
import type { DelimitedLayout } from "../detect.js";
import { CliError, checkpoint } from "../errors.js";
import { splitRow } from "./delimited.js";
import type { ReadProgress } from "./input.js";
import { dataLines } from "./text.js";

/** A CliError naming file line `line` of `where`. */
export function rowError(where: string, line: number, message: string): CliError {
  return new CliError(`${where} line ${line}: ${message}`);
}

/** One checked data row. */
export interface CheckedRow {
  fields: string[];
  line: number;
  source: string;
  target: string;
  /** The weight column's value, or undefined when the layout has none. */
  weight: number | undefined;
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
      await checkpoint(options.signal);
    }
    const fields = splitRow(row, delimiter);
    if (fields.length < need) throw rowError(options.where, line, `expected ${need} fields, found ${fields.length} in ${JSON.stringify(row.length > 80 ? row.slice(0, 80) + "…" : row)}`);
    const source = fields[columns.source]!;
    const target = fields[columns.target]!;
    if (source === "" || target === "") throw rowError(options.where, line, `empty ${source === "" ? "source" : "target"}`);
    let weight: number | undefined;
    if (columns.weight !== undefined) {
      const raw = fields[columns.weight]!;
      weight = Number(raw);
      if (raw === "" || !Number.isFinite(weight) || weight < 0) throw rowError(options.where, line, `weight ${JSON.stringify(raw)} is not a non-negative number`);
    }
    yield { fields, line, source, target, weight };
  }
}
