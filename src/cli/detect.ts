/**
 * Format detection. Graph files by extension or content (`<gexf`, `<graphml`, a JSON object);
 * delimited text by sampling rows: the delimiter that splits every sampled row into the same
 * number (>= 2) of fields, a header row when its names are known roles or its fields are not
 * numeric where the data is, and the kind (edge list or interaction log) from the header names,
 * or, without a header, from the column count and whether a numeric column only grows (time).
 */
import type { InputFormat } from "./args.js";
import { resolveColumns, type ColumnMapping, type ColumnRole, type ColumnSpec } from "./columns.js";
import { CliError, UsageError } from "./errors.js";
import { isNumeric, splitRow } from "./readers/delimited.js";

export type GraphFileFormat = "gexf" | "graphml" | "graphology-json";

/** Graph-file format from the (gzip-stripped) extension and the first characters of the text, or "delimited". */
export function detectFileFormat(path: string, head: string): GraphFileFormat | "delimited" {
  const name = path.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".gexf")) return "gexf";
  if (name.endsWith(".graphml")) return "graphml";
  const t = head.trimStart();
  if (t.startsWith("<")) {
    const probe = t.slice(0, 4000).toLowerCase();
    if (probe.includes("<gexf")) return "gexf";
    if (probe.includes("<graphml")) return "graphml";
    throw new CliError(`${path}: XML that is neither GEXF nor GraphML`);
  }
  if (name.endsWith(".json") || t.startsWith("{")) return "graphology-json";
  return "delimited";
}

/** How a delimited file is laid out. */
export interface DelimitedLayout {
  delimiter: string;
  header: string[] | null;
  width: number;
  kind: "edges" | "interactions";
  columns: ColumnMapping;
  /** One line saying what was detected and why (printed on stderr). */
  reason: string;
}

const ROLE_NAMES: Record<ColumnRole, readonly string[]> = {
  source: ["source", "src", "from", "sender", "u", "i", "node1", "id_1", "user", "author", "origin"],
  target: ["target", "dst", "to", "recipient", "receiver", "v", "j", "node2", "id_2", "dest", "destination"],
  weight: ["weight", "w", "count", "value", "strength", "n", "weights"],
  time: ["time", "t", "timestamp", "ts", "date", "datetime", "created_at", "created", "epoch"],
  channel: ["channel", "type", "kind", "medium", "layer"],
};

function roleOf(name: string): ColumnRole | null {
  const n = name.trim().toLowerCase();
  for (const role of Object.keys(ROLE_NAMES) as ColumnRole[]) if (ROLE_NAMES[role].includes(n)) return role;
  return null;
}

const DELIMITERS = ["\t", ",", ";", "|", "whitespace"] as const;
const SHOW_DELIM: Record<string, string> = { "\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe", whitespace: "whitespace", " ": "space" };

/** The delimiter that splits every sample row into the same number (>= 2) of fields. */
export function detectDelimiter(rows: readonly string[]): string {
  for (const d of DELIMITERS) {
    if (d !== "whitespace" && !rows.every((r) => r.includes(d))) continue;
    const widths = new Set(rows.map((r) => splitRow(r, d).length));
    if (widths.size === 1 && [...widths][0]! >= 2) return d;
  }
  for (const d of DELIMITERS) {
    const widths = rows.map((r) => splitRow(r, d).length);
    if (widths.every((w) => w >= 2)) return d;
  }
  throw new CliError(`cannot tell the columns apart: the first rows do not split into two or more fields (use --delimiter)`);
}

/** True when a sample of at least 5 values only grows and takes at least 3 distinct values. */
function nondecreasing(values: readonly number[]): boolean {
  if (values.length < 5) return false;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return new Set(values).size > 2;
}

export interface SniffOptions {
  format: InputFormat;
  delimiter: string | null;
  header: boolean | null;
  columns: ColumnSpec | null;
}

/** The kind of a file whose columns are named: as --format says, else an interaction log when a column holds the time. */
function kindOf(format: InputFormat, columns: ColumnMapping): DelimitedLayout["kind"] {
  return format === "edges" ? "edges" : format === "interactions" || columns.time !== undefined ? "interactions" : "edges";
}

/** Detects the layout of a delimited file from its first data rows. @throws CliError / UsageError */
export function sniffDelimited(sample: readonly string[], options: SniffOptions): DelimitedLayout {
  if (sample.length === 0) throw new CliError("the input has no data rows");
  const delimiter = options.delimiter ?? detectDelimiter(sample.slice(0, 50));
  const rows = sample.map((r) => splitRow(r, delimiter));
  const first = rows[0]!;
  const rest = rows.slice(1);
  const width = first.length;
  let header: string[] | null = null;
  const namesColumns = options.columns !== null && Object.values(options.columns).some((ref) => ref !== undefined && "name" in ref);
  if (options.header === true || (options.header === null && namesColumns)) header = first;
  else if (options.header === null) {
    // Known names make a header unless they reappear as values below (then they are node ids).
    const reappears = first.some((f) => rest.some((r) => r.includes(f)));
    const named = reappears ? 0 : first.filter((f) => roleOf(f) !== null).length;
    const numericBelow = first.some((f, c) => !isNumeric(f) && rest.length > 0 && rest.every((r) => isNumeric(r[c] ?? "")));
    if (named >= 2 || numericBelow) header = first;
  }
  const data = header ? rest : rows;
  const how: string[] = [`${SHOW_DELIM[delimiter] ?? JSON.stringify(delimiter)}-delimited`, header ? "header row" : "no header"];
  let columns: ColumnMapping;
  let kind: "edges" | "interactions";
  if (options.columns) {
    columns = resolveColumns(options.columns, header, width);
    kind = kindOf(options.format, columns);
    how.push("columns from --columns");
  } else if (header && header.some((h) => roleOf(h) !== null)) {
    const found: Partial<Record<ColumnRole, number>> = {};
    header.forEach((h, c) => {
      const r = roleOf(h);
      if (r && found[r] === undefined) found[r] = c;
    });
    if (found.source === undefined || found.target === undefined) {
      const free = header.map((_, c) => c).filter((c) => !Object.values(found).includes(c));
      found.source ??= free.shift();
      found.target ??= free.shift();
    }
    if (found.source === undefined || found.target === undefined) throw new UsageError("cannot tell which columns are source and target (use --columns)");
    columns = found as ColumnMapping;
    kind = kindOf(options.format, columns);
    how.push("columns from header names");
  } else {
    const numeric = (c: number): number[] | null => {
      const vs = data.map((r) => Number(r[c]));
      return vs.length > 0 && vs.every((v) => Number.isFinite(v)) ? vs : null;
    };
    const c2 = width >= 3 ? numeric(2) : null;
    const c0 = width >= 3 ? numeric(0) : null;
    const thirdIsTime = c2 !== null && nondecreasing(c2);
    // A leading time column only grows and holds values above every id (SocioPatterns `t i j`);
    // an edge list sorted by source only grows too, but its ids overlap the other columns.
    const ids = width >= 3 ? data.flatMap((r) => [Number(r[1]), Number(r[2])]) : [];
    const firstIsTime = c0 !== null && nondecreasing(c0) && !thirdIsTime && ids.every((v) => Number.isFinite(v) && v < c0[0]!);
    const lastIsText = width >= 4 && data.some((r) => !isNumeric(r[3] ?? ""));
    if (options.format === "edges" || (options.format === "auto" && width >= 3 && !thirdIsTime && !firstIsTime && c2 !== null)) {
      columns = width >= 3 && c2 !== null ? { source: 0, target: 1, weight: 2 } : { source: 0, target: 1 };
      kind = "edges";
      how.push(columns.weight !== undefined ? "columns source,target,weight" : "columns source,target");
    } else if (width === 2) {
      columns = { source: 0, target: 1 };
      kind = options.format === "interactions" ? "interactions" : "edges";
      how.push("columns source,target");
    } else if (firstIsTime) {
      columns = { time: 0, source: 1, target: 2 };
      kind = "interactions";
      how.push("columns time,source,target (the first column only grows)");
    } else if (thirdIsTime || options.format === "interactions") {
      columns = { source: 0, target: 1, time: 2, ...(lastIsText ? { channel: 3 } : {}) };
      kind = "interactions";
      how.push(`columns source,target,time${lastIsText ? ",channel" : ""}${thirdIsTime ? " (the third column only grows)" : ""}`);
    } else {
      throw new UsageError(`cannot tell what the ${width} columns hold (use --columns, e.g. --columns source,target,weight)`);
    }
  }
  const reason = `${kind === "edges" ? (columns.weight !== undefined ? "weighted edge list" : "edge list") : "interaction log"} (${how.join(", ")})`;
  return { delimiter, header, width, kind, columns, reason };
}
