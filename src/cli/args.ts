/**
 * Argument parsing for `tiescope` (Node CLI conventions): `--opt value` and `--opt=value`,
 * short aliases, `--` ends options, `--help`/`-h`, `--version`/`-V`. Unknown options and bad
 * values are {@link UsageError}s (exit code 2) whose one-line message names the option.
 */
import { parseColumns, type ColumnSpec } from "./columns.js";
import { UsageError } from "./errors.js";

export const INPUT_FORMATS = ["auto", "edges", "interactions", "gexf", "graphml", "graphology-json"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export const PROGRESS_MODES = ["auto", "bar", "lines", "none"] as const;
export type ProgressMode = (typeof PROGRESS_MODES)[number];

/** Everything `tiescope report` was asked to do. */
export interface ReportArgs {
  /** Input file, or null for the embedded karate club. */
  input: string | null;
  out: string;
  format: InputFormat;
  /** Delimited inputs: arcs when true; null when not stated (undirected, said on stderr). */
  directed: boolean | null;
  /** Interaction logs: events have no initiator (face-to-face contacts), so reciprocity is not measured. */
  symmetric: boolean;
  columns: ColumnSpec | null;
  /** Field delimiter of delimited inputs, or null to detect. */
  delimiter: string | null;
  /** Whether the first row is a header, or null to detect. */
  header: boolean | null;
  seed: number;
  /** A `node,label` file with ground-truth communities. */
  communities: string | null;
  /** Graph files: the node attribute holding a ground-truth community. */
  communityAttribute: string | null;
  ego: string | null;
  from: string | null;
  to: string | null;
  hops: number;
  /** Above this many nodes the network view draws a sample. */
  maxNodes: number;
  progress: ProgressMode;
  debug: boolean;
}

export type ParsedCommand =
  | { kind: "help"; text: string }
  | { kind: "version" }
  | { kind: "report"; args: ReportArgs };

export const REPORT_DEFAULTS: Readonly<ReportArgs> = Object.freeze({
  input: null,
  out: "tiescope-report",
  format: "auto",
  directed: null,
  symmetric: false,
  columns: null,
  delimiter: null,
  header: null,
  seed: 1,
  communities: null,
  communityAttribute: null,
  ego: null,
  from: null,
  to: null,
  hops: 2,
  maxNodes: 5000,
  progress: "auto",
  debug: false,
});

export const MAIN_HELP = `Usage: tiescope <command> [options]

Commands:
  report [input]   analyse a network file and write report.html, summary.json, ties.csv, people.csv

Options:
  -h, --help       show help (tiescope report --help for the command's options)
  -V, --version    show the version

Run "tiescope report" with no input to see a report on Zachary's karate club.`;

export const REPORT_HELP = `Usage: tiescope report [input] [options]

Reads a network and writes a self-contained HTML report plus CSV and JSON files.
With no input, runs on the embedded karate club (Zachary 1977).

Input (format detected from the extension and content; gzip is detected):
  interaction log      delimited text, one event per row: source, target, time [, channel]
  edge list            delimited text: source, target [, weight]
  GEXF, GraphML        via graphology-gexf / graphology-graphml
  graphology JSON      graph.export() output

Options:
  -o, --out <dir>              output folder (default: tiescope-report)
  -f, --format <name>          auto | edges | interactions | gexf | graphml | graphology-json (default: auto)
      --directed               delimited inputs: rows are arcs source -> target (default: undirected)
      --undirected             delimited inputs: rows are undirected edges (the default, stated)
      --symmetric              interaction logs: events have no initiator (face-to-face contacts, co-presence),
                               so reciprocity is not a tie-strength feature
      --columns <list>         which column holds what: positional "time,source,target" (- skips a column)
                               or named "source=from,target=to,weight=count" (header name or 1-based number)
      --delimiter <char>       field delimiter: a character, "tab", "space" or "whitespace" (default: detect)
      --header, --no-header    whether the first row is a header (default: detect)
      --communities <file>     ground-truth communities: a delimited file of node,label rows
      --community-attribute <name>  graph files: node attribute holding a ground-truth community
      --ego <node>             person whose Dunbar layers the page shows (default: the strongest node)
      --from <node>, --to <node>    ends of the warm introduction path (default: chosen across communities)
      --hops <n>               reach radius, 1 to 3 (default: 2)
      --seed <n>               seed for layout and randomised stages (default: 1)
      --max-nodes <n>          draw at most this many nodes; larger graphs are sampled (default: 5000)
      --progress <mode>        auto | bar | lines | none (default: auto: a bar on a terminal)
  -q, --quiet                  same as --progress none
      --debug                  print stack traces
  -h, --help                   show this help

Exit codes: 0 ok, 1 bad input or I/O error, 2 bad option, 130 interrupted.`;

type Spec = { key: keyof ReportArgs | "help" | "version" | "quiet" | "undirected" | "no-header"; value: boolean };

const OPTIONS: Record<string, Spec> = {
  "--out": { key: "out", value: true },
  "--format": { key: "format", value: true },
  "--directed": { key: "directed", value: false },
  "--undirected": { key: "undirected", value: false },
  "--symmetric": { key: "symmetric", value: false },
  "--columns": { key: "columns", value: true },
  "--delimiter": { key: "delimiter", value: true },
  "--header": { key: "header", value: false },
  "--no-header": { key: "no-header", value: false },
  "--communities": { key: "communities", value: true },
  "--community-attribute": { key: "communityAttribute", value: true },
  "--ego": { key: "ego", value: true },
  "--from": { key: "from", value: true },
  "--to": { key: "to", value: true },
  "--hops": { key: "hops", value: true },
  "--seed": { key: "seed", value: true },
  "--max-nodes": { key: "maxNodes", value: true },
  "--progress": { key: "progress", value: true },
  "--quiet": { key: "quiet", value: false },
  "--debug": { key: "debug", value: false },
  "--help": { key: "help", value: false },
  "--version": { key: "version", value: false },
};
const SHORT: Record<string, string> = { "-o": "--out", "-f": "--format", "-q": "--quiet", "-h": "--help", "-V": "--version" };

function integer(option: string, raw: string, min: number, max: number): number {
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${option} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function choice<T extends string>(option: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`${option} must be one of ${allowed.join(", ")}, got "${raw}"`);
  return raw as T;
}

/** Parses a delimiter name or character. */
export function parseDelimiter(raw: string): string {
  const named: Record<string, string> = { tab: "\t", "\\t": "\t", space: " ", whitespace: "whitespace", comma: ",", semicolon: ";" };
  const d = named[raw.toLowerCase()] ?? raw;
  if (d !== "whitespace" && d.length !== 1) throw new UsageError(`--delimiter must be one character, "tab", "space" or "whitespace", got "${raw}"`);
  return d;
}

/**
 * Parses `argv` (without `node` and the script). Returns help, version or the report command.
 * @throws UsageError for an unknown command or option, a missing or bad value, a second input.
 */
export function parseArgs(argv: readonly string[]): ParsedCommand {
  const args = [...argv];
  if (args.length === 0) return { kind: "help", text: MAIN_HELP };
  const first = args[0]!;
  if (first === "--help" || first === "-h" || first === "help") return { kind: "help", text: args[1] === "report" ? REPORT_HELP : MAIN_HELP };
  if (first === "--version" || first === "-V") return { kind: "version" };
  if (first !== "report") {
    if (first.startsWith("-")) throw new UsageError(`unknown option ${first} (see tiescope --help)`);
    throw new UsageError(`unknown command "${first}" (commands: report; see tiescope --help)`);
  }
  const out: ReportArgs = { ...REPORT_DEFAULTS };
  let inputSeen = false;
  let optionsDone = false;
  let directedFlag: string | null = null;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (optionsDone || !arg.startsWith("-") || arg === "-") {
      if (inputSeen) throw new UsageError(`unexpected argument "${arg}": one input file at most`);
      out.input = arg;
      inputSeen = true;
      continue;
    }
    if (arg === "--") {
      optionsDone = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const rawName = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const name = SHORT[rawName] ?? rawName;
    const spec = OPTIONS[name];
    if (!spec) throw new UsageError(`unknown option ${rawName} (see tiescope report --help)`);
    let value = "";
    if (spec.value) {
      if (eq > 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
      else {
        const next = args[i + 1];
        if (next === undefined || (next.startsWith("--") && next.length > 2)) throw new UsageError(`option ${name} needs a value`);
        value = next;
        i++;
      }
    } else if (eq > 0 && arg.startsWith("--")) {
      throw new UsageError(`option ${name} takes no value`);
    }
    switch (spec.key) {
      case "help":
        return { kind: "help", text: REPORT_HELP };
      case "version":
        return { kind: "version" };
      case "out":
        if (value === "") throw new UsageError("--out needs a folder name");
        out.out = value;
        break;
      case "format":
        out.format = choice(name, value, INPUT_FORMATS);
        break;
      case "directed":
      case "undirected":
        if (directedFlag && directedFlag !== name) throw new UsageError("--directed and --undirected contradict each other");
        directedFlag = name;
        out.directed = spec.key === "directed";
        break;
      case "columns":
        out.columns = parseColumns(value);
        break;
      case "delimiter":
        out.delimiter = parseDelimiter(value);
        break;
      case "header":
        out.header = true;
        break;
      case "symmetric":
        out.symmetric = true;
        break;
      case "no-header":
        out.header = false;
        break;
      case "hops":
        out.hops = integer(name, value, 1, 3);
        break;
      case "seed":
        out.seed = integer(name, value, 0, 2 ** 31 - 1);
        break;
      case "maxNodes":
        out.maxNodes = integer(name, value, 10, 200_000);
        break;
      case "progress":
        out.progress = choice(name, value, PROGRESS_MODES);
        break;
      case "quiet":
        out.progress = "none";
        break;
      case "debug":
        out.debug = true;
        break;
      case "communities":
      case "communityAttribute":
      case "ego":
      case "from":
      case "to":
        if (value === "") throw new UsageError(`option ${name} needs a value`);
        out[spec.key] = value;
        break;
    }
  }
  if (out.input === "-") throw new UsageError("reading from standard input is not supported; pass a file path");
  return { kind: "report", args: out };
}
