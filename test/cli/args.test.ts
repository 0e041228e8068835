import { describe, expect, it } from "vitest";
import { MAIN_HELP, parseArgs, parseDelimiter, REPORT_DEFAULTS, REPORT_HELP } from "../../src/cli/args.js";
import { parseColumns, resolveColumns } from "../../src/cli/columns.js";
import { EXIT, UsageError } from "../../src/cli/errors.js";

const report = (...argv: string[]) => {
  const p = parseArgs(["report", ...argv]);
  if (p.kind !== "report") throw new Error(`expected report, got ${p.kind}`);
  return p.args;
};
const usage = (argv: string[], message: RegExp) => {
  let error: unknown;
  try {
    parseArgs(argv);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UsageError);
  expect((error as UsageError).exitCode).toBe(EXIT.usage);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain("\n");
};

describe("parseArgs", () => {
  it("shows the main help with no arguments, --help, -h and help", () => {
    for (const argv of [[], ["--help"], ["-h"], ["help"]]) expect(parseArgs(argv)).toEqual({ kind: "help", text: MAIN_HELP });
    expect(parseArgs(["help", "report"])).toEqual({ kind: "help", text: REPORT_HELP });
  });

  it("shows the report help for report --help anywhere in the options", () => {
    expect(parseArgs(["report", "--help"])).toEqual({ kind: "help", text: REPORT_HELP });
    expect(parseArgs(["report", "in.csv", "-o", "x", "-h"])).toEqual({ kind: "help", text: REPORT_HELP });
  });

  it("answers --version and -V", () => {
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseArgs(["-V"])).toEqual({ kind: "version" });
    expect(parseArgs(["report", "--version"])).toEqual({ kind: "version" });
  });

  it("defaults: no input (the karate club), folder tiescope-report, auto format", () => {
    expect(report()).toEqual({ ...REPORT_DEFAULTS });
    expect(report().input).toBeNull();
  });

  it("reads every option in both --opt value and --opt=value forms", () => {
    const a = report("log.csv.gz", "--out", "o", "--format=interactions", "--directed", "--symmetric", "--columns", "time,source,target", "--delimiter=tab", "--no-header",
      "--seed", "7", "--communities", "c.txt", "--ego", "ana", "--from=ana", "--to", "fay", "--hops", "3", "--max-nodes=100", "--progress", "lines", "--debug");
    expect(a).toEqual({
      ...REPORT_DEFAULTS,
      input: "log.csv.gz",
      out: "o",
      format: "interactions",
      directed: true,
      symmetric: true,
      columns: { time: { index: 0 }, source: { index: 1 }, target: { index: 2 } },
      delimiter: "\t",
      header: false,
      seed: 7,
      communities: "c.txt",
      ego: "ana",
      from: "ana",
      to: "fay",
      hops: 3,
      maxNodes: 100,
      progress: "lines",
      debug: true,
    });
    expect(report("-o", "dir", "-f", "gexf", "-q", "g.gexf")).toMatchObject({ out: "dir", format: "gexf", progress: "none", input: "g.gexf" });
    expect(report("--undirected").directed).toBe(false);
    expect(report("--header").header).toBe(true);
    expect(report("--community-attribute", "club").communityAttribute).toBe("club");
  });

  it("takes a file named like an option after --", () => {
    expect(report("--", "--weird.csv").input).toBe("--weird.csv");
  });

  it("rejects bad commands and options with one line naming them", () => {
    usage(["rport"], /unknown command "rport"/);
    usage(["--nope"], /unknown option --nope/);
    usage(["report", "--nope"], /unknown option --nope/);
    usage(["report", "--format", "xml"], /--format must be one of auto, edges, interactions, gexf, graphml, graphology-json, got "xml"/);
    usage(["report", "--seed", "1.5"], /--seed must be an integer from 0 to 2147483647, got "1.5"/);
    usage(["report", "--seed", "-1"], /--seed must be an integer/);
    usage(["report", "--hops", "4"], /--hops must be an integer from 1 to 3, got "4"/);
    usage(["report", "--max-nodes", "5"], /--max-nodes must be an integer from 10/);
    usage(["report", "--out"], /option --out needs a value/);
    usage(["report", "--out", "--seed", "3"], /option --out needs a value/);
    usage(["report", "--directed=yes"], /option --directed takes no value/);
    usage(["report", "--directed", "--undirected"], /contradict/);
    usage(["report", "a.csv", "b.csv"], /unexpected argument "b.csv"/);
    usage(["report", "-"], /standard input is not supported/);
    usage(["report", "--progress", "loud"], /--progress must be one of auto, bar, lines, none/);
    usage(["report", "--delimiter", "ab"], /--delimiter must be one character/);
    usage(["report", "--ego="], /option --ego needs a value/);
  });

  it("parses named delimiters", () => {
    expect(parseDelimiter("tab")).toBe("\t");
    expect(parseDelimiter("space")).toBe(" ");
    expect(parseDelimiter("whitespace")).toBe("whitespace");
    expect(parseDelimiter(";")).toBe(";");
  });
});

describe("--columns", () => {
  it("reads positional roles, skipping columns marked -", () => {
    expect(parseColumns("time,source,target")).toEqual({ time: { index: 0 }, source: { index: 1 }, target: { index: 2 } });
    expect(parseColumns("source,-,target,weight")).toEqual({ source: { index: 0 }, target: { index: 2 }, weight: { index: 3 } });
  });

  it("reads named roles: header names or 1-based column numbers", () => {
    expect(parseColumns("source=from, target=to, weight=3")).toEqual({ source: { name: "from" }, target: { name: "to" }, weight: { index: 2 } });
  });

  it("rejects unknown roles, repeats, and specs without source and target", () => {
    expect(() => parseColumns("source,target,colour")).toThrow(/unknown role "colour"/);
    expect(() => parseColumns("source,source,target")).toThrow(/role "source" given twice/);
    expect(() => parseColumns("source,weight")).toThrow(/must name both source and target/);
    expect(() => parseColumns("source=a,target")).toThrow(/must be role=column/);
    expect(() => parseColumns("source=a,target=")).toThrow(/names no column/);
  });

  it("resolves names against the header (exact, then case-insensitive)", () => {
    const spec = parseColumns("source=From,target=to,time=3");
    expect(resolveColumns(spec, ["from", "to", "when"], 3)).toEqual({ source: 0, target: 1, time: 2 });
    expect(() => resolveColumns(spec, null, 3)).toThrow(/no header row/);
    expect(() => resolveColumns(parseColumns("source=a,target=b"), ["a", "c"], 2)).toThrow(/no column "b" in the header \(a, c\)/);
    expect(() => resolveColumns(parseColumns("source,target,weight"), null, 2)).toThrow(/weight is column 3, but rows have 2 columns/);
  });
});
