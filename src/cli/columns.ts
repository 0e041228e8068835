/**
 * `--columns`: which column of a delimited file holds what. A comma-separated list of roles,
 * either positional (`time,source,target`: column 1 is the time, ...; `-` skips a column) or
 * named (`source=from,target=to,weight=count`: a header name or a 1-based column number).
 */
import { UsageError } from "./errors.js";

export const COLUMN_ROLES = ["source", "target", "weight", "time", "channel"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** A column reference before the header is known: a 0-based index or a header name. */
export type ColumnRef = { index: number } | { name: string };

/** The parsed `--columns` value: a reference for each role it names. */
export type ColumnSpec = Partial<Record<ColumnRole, ColumnRef>>;

/** Resolved columns: a 0-based index per role (source and target always present). */
export interface ColumnMapping {
  source: number;
  target: number;
  weight?: number | undefined;
  time?: number | undefined;
  channel?: number | undefined;
}

function isRole(s: string): s is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(s);
}

/** Parses a `--columns` value. @throws UsageError naming the bad item. */
export function parseColumns(value: string): ColumnSpec {
  const items = value.split(",").map((s) => s.trim());
  const spec: ColumnSpec = {};
  const named = items.some((s) => s.includes("="));
  items.forEach((item, position) => {
    if (item === "" || (!named && (item === "-" || item === "_"))) return;
    let role: string;
    let ref: ColumnRef;
    if (named) {
      const eq = item.indexOf("=");
      if (eq < 0) throw new UsageError(`--columns: item "${item}" must be role=column when any item is (e.g. source=from)`);
      role = item.slice(0, eq).trim();
      const col = item.slice(eq + 1).trim();
      if (col === "") throw new UsageError(`--columns: item "${item}" names no column`);
      ref = /^[1-9]\d*$/.test(col) ? { index: Number(col) - 1 } : { name: col };
    } else {
      role = item;
      ref = { index: position };
    }
    if (!isRole(role)) throw new UsageError(`--columns: unknown role "${role}" (roles: ${COLUMN_ROLES.join(", ")}, or - to skip)`);
    if (spec[role]) throw new UsageError(`--columns: role "${role}" given twice`);
    spec[role] = ref;
  });
  if (!spec.source || !spec.target) throw new UsageError(`--columns: "${value}" must name both source and target`);
  return spec;
}

/** Resolves a spec against a header row (or none). @throws UsageError for a missing header name or column. */
export function resolveColumns(spec: ColumnSpec, header: readonly string[] | null, width: number): ColumnMapping {
  const out: Partial<Record<ColumnRole, number>> = {};
  for (const role of COLUMN_ROLES) {
    const ref = spec[role];
    if (!ref) continue;
    let index: number;
    if ("name" in ref) {
      if (!header) throw new UsageError(`--columns: column "${ref.name}" named, but the file has no header row`);
      index = header.findIndex((h) => h === ref.name);
      if (index < 0) index = header.findIndex((h) => h.toLowerCase() === ref.name.toLowerCase());
      if (index < 0) throw new UsageError(`--columns: no column "${ref.name}" in the header (${header.join(", ")})`);
    } else {
      index = ref.index;
      if (index >= width) throw new UsageError(`--columns: ${role} is column ${index + 1}, but rows have ${width} columns`);
    }
    out[role] = index;
  }
  return out as ColumnMapping;
}
