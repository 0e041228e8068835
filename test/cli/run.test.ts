import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/errors.js";
import { main, OUTPUT_FILES } from "../../src/cli/run.js";
import { fixture, recorder, tempDir } from "./helpers.js";

async function run(argv: string[], signal?: AbortSignal) {
  const stdout = recorder();
  const stderr = recorder();
  const code = await main(argv, { stdout, stderr, version: "1.2.3", signal });
  return { code, out: stdout.text(), err: stderr.text() };
}

describe("tiescope main", () => {
  it("prints help and version on stdout with exit code 0", async () => {
    expect(await run(["--help"])).toMatchObject({ code: 0, err: "" });
    expect((await run(["report", "--help"])).out).toMatch(/^Usage: tiescope report \[input\] \[options\]/);
    expect(await run(["--version"])).toEqual({ code: 0, out: "1.2.3\n", err: "" });
  });

  it("reports a bad option in one line plus a hint, exit code 2, no stack", async () => {
    const r = await run(["report", "--colour", "red"]);
    expect(r).toEqual({ code: EXIT.usage, out: "", err: 'tiescope: unknown option --colour (see tiescope report --help)\nTry "tiescope report --help".\n' });
  });

  it("reports a missing file and a bad row in one line with exit code 1", async () => {
    const dir = tempDir();
    const missing = await run(["report", join(dir, "nope.csv"), "-q"]);
    expect(missing.code).toBe(EXIT.failure);
    expect(missing.err).toBe(`tiescope: cannot read ${join(dir, "nope.csv")}: no such file\n`);
    writeFileSync(join(dir, "bad.csv"), "from,to,weight\na,b,1\nb,c,2\nc,d,x\n");
    const bad = await run(["report", join(dir, "bad.csv"), "-q", "-o", join(dir, "out")]);
    expect(bad).toMatchObject({ code: 1, err: `tiescope: ${join(dir, "bad.csv")} line 4: weight "x" is not a non-negative number\n` });
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("prints the stack trace only with --debug", async () => {
    const dir = tempDir();
    const r = await run(["report", join(dir, "nope.csv"), "-q", "--debug"]);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toBe(`tiescope: cannot read ${join(dir, "nope.csv")}: no such file`);
    expect(r.err).toMatch(/\n\s+at /);
  });

  it("with no input, writes the four files for the karate club", async () => {
    const out = join(tempDir(), "report");
    const r = await run(["report", "-o", out, "--progress", "lines"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("tiescope: input: Zachary's karate club (no input file given)\n");
    expect(r.err).toMatch(/tiescope: wrote summary.json, ties.csv, people.csv, report.html to .*report\/ \(\d+\.\d s\)\n$/);
    expect(readdirSync(out).sort()).toEqual([...OUTPUT_FILES].sort());
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.stats).toMatchObject({ nodes: 34, edges: 78, triangles: 45 });
    expect(summary.communities.labels ?? summary.communities.sizes.map((s: { label: string }) => s.label)).toEqual(["Mr. Hi", "Officer"]);
    expect(readFileSync(join(out, "ties.csv"), "utf8").trimEnd().split("\n")).toHaveLength(79);
    expect(readFileSync(join(out, "people.csv"), "utf8").trimEnd().split("\n")).toHaveLength(35);
  });

  it("reads an interaction log end to end and states direction on stderr", async () => {
    const out = join(tempDir(), "r");
    const r = await run(["report", fixture("messages.csv"), "-o", out, "--progress", "lines"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("interaction log (comma-delimited, header row, columns from header names); undirected (pass --directed for arcs)");
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8")).interactions.events).toBe(10);
  });

  it("stops with exit code 130 when interrupted, writing no file", async () => {
    const out = join(tempDir(), "r");
    const controller = new AbortController();
    controller.abort("SIGINT");
    const r = await run(["report", "-o", out, "-q"], controller.signal);
    expect(r).toEqual({ code: EXIT.interrupted, out: "", err: "tiescope: interrupted\n" });
    expect(existsSync(out)).toBe(false);
  });

  it("an interruption while writing leaves none of the four files", async () => {
    const out = join(tempDir(), "r");
    const controller = new AbortController();
    const stderr = recorder();
    const watching = { write: (t: string) => (t.includes("writing files") && controller.abort("SIGINT"), stderr.write(t)), isTTY: false };
    const code = await main(["report", "-o", out, "--progress", "lines"], { stdout: recorder(), stderr: watching, version: "t", signal: controller.signal });
    expect(code).toBe(EXIT.interrupted);
    expect(stderr.text().endsWith("tiescope: writing files...\ntiescope: interrupted\n")).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
