import { describe, expect, it } from "vitest";
import { ProgressReporter } from "../../src/cli/progress.js";
import { recorder } from "./helpers.js";

describe("ProgressReporter", () => {
  it("prints plain lines when stderr is not a terminal (a few per stage)", () => {
    const out = recorder(false);
    const p = new ProgressReporter(out, "auto", () => 0);
    expect(p.kind).toBe("lines");
    p.begin("reading");
    for (let f = 0; f <= 1; f += 0.01) p.update(f);
    p.log("note: x");
    p.finish("done");
    expect(out.text()).toBe("tiescope: reading...\ntiescope: reading 25%\ntiescope: reading 50%\ntiescope: reading 75%\ntiescope: note: x\ntiescope: done (0.0 s)\n");
  });

  it("redraws a bar on a terminal, throttled, and clears it before messages", () => {
    const out = recorder(true);
    let t = 0;
    const p = new ProgressReporter(out, "auto", () => t);
    expect(p.kind).toBe("bar");
    p.begin("layout");
    p.update(0.5); // throttled: same instant
    t = 100;
    p.update(0.5);
    p.log("hello");
    const text = out.text();
    expect(text).toContain("\r\x1b[2K[------------------------]   0% layout");
    expect(text).toContain("\r\x1b[2K[############------------]  50% layout");
    expect(text.match(/50%/g)).toHaveLength(1);
    expect(text.endsWith("\r\x1b[2Ktiescope: hello\n")).toBe(true);
  });

  it("prints nothing with --quiet", () => {
    const out = recorder(true);
    const p = new ProgressReporter(out, "none");
    p.begin("x");
    p.update(0.5);
    p.log("y");
    p.finish("z");
    expect(out.text()).toBe("");
  });
});
