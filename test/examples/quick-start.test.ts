import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

describe("README quick start", () => {
  const example = read("examples/quick-start.ts");
  const body = example.split("\n").slice(1).join("\n").trim();

  it("is the code in examples/quick-start.ts", () => {
    const readme = read("README.md");
    const block = /<!-- quickstart -->\s*```ts\n([\s\S]*?)```/.exec(readme);
    expect(block?.[1]?.trim()).toBe(body);
  });

  it("prints what its comments say", () => {
    const expected = [...body.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/quick-start.ts"], { cwd: root, encoding: "utf8" });
    expect(out.trim().split("\n")).toEqual(expected);
  });
});
