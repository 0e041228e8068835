/**
 * docs/recipes.md quotes each recipe script and what it prints; this runs every script and checks
 * both, so the page cannot drift from the code. It also runs the walkthrough on its embedded
 * fallback (TIESCOPE_DATA pointing at an empty folder), which needs no shared data.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), "utf8");
/** Runs a script as a user would (`node --import tsx`), without colours, from the repository root. */
const run = (script: string, extra: NodeJS.ProcessEnv = {}): string => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  delete env["FORCE_COLOR"];
  return execFileSync(process.execPath, ["--import", "tsx", script], { cwd: root, encoding: "utf8", env });
};
const lines = (text: string): string[] => text.trimEnd().split("\n").map((l) => l.trimEnd());

/** Each `<!-- recipe: path -->` marker, the ts block after it and the first text block after that. */
function quotedRecipes(page: string): { script: string; code: string; output: string }[] {
  const pattern = /<!-- recipe: (\S+) -->\s*```ts\n([\s\S]*?)\n```[\s\S]*?```text\n([\s\S]*?)\n```/g;
  return [...page.matchAll(pattern)].map((m) => ({ script: m[1]!, code: m[2]!, output: m[3]! }));
}

describe("docs/recipes.md", () => {
  const recipes = quotedRecipes(read("docs/recipes.md"));

  it("quotes the three recipes and the log-file variant", () => {
    expect(recipes.map((r) => r.script)).toEqual([
      "examples/recipe-message-log.ts",
      "examples/recipe-graphology.ts",
      "examples/recipe-csv-edges.ts",
      "examples/recipe-log-file.ts",
    ]);
  });

  for (const { script, code, output } of recipes) {
    describe(script, () => {
      it("is quoted exactly", () => {
        expect(code).toBe(read(script).trimEnd());
      });

      it("prints the output quoted on the page", () => {
        expect(lines(run(script))).toEqual(lines(output));
      });
    });
  }
});

describe("examples/walkthrough.ts", () => {
  const empty = mkdtempSync(join(tmpdir(), "tiescope-walkthrough-"));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it("runs to the end on the karate club when the data folder is empty", () => {
    const out = run("examples/walkthrough.ts", { TIESCOPE_DATA: empty });
    expect(out).toContain("not found (set TIESCOPE_DATA to the shared data folder)");
    expect(out).toContain("running on the embedded karate club instead");
    const titles = [...out.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]));
    expect(titles).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The karate club: 78 ties, two factions, and the report command without an input.
    expect(out).toMatch(/threshold 0\.\d{3} \(otsu\): \d+ weak ties, \d+ strong/);
    expect(out).toContain("2 factions (after the split)");
    expect(out).toContain("npx tiescope report -o karate-report");
  });
});
