import { describe, expect, it } from "vitest";
import { checkChoice, checkNumber, resolveOptions } from "../../src/util/options.js";

describe("resolveOptions", () => {
  const defaults: Readonly<{ alpha: number; mode: string }> = Object.freeze({ alpha: 1, mode: "a" });
  it("merges over frozen defaults without mutating them; undefined keeps the default", () => {
    expect(resolveOptions("f", { alpha: 2, mode: undefined }, defaults)).toEqual({ alpha: 2, mode: "a" });
    expect(defaults).toEqual({ alpha: 1, mode: "a" });
  });
  it("throws UNKNOWN_OPTION naming the key and INVALID_OPTION for non-objects", () => {
    expect(() => resolveOptions("f", { alpah: 2 } as never, defaults)).toThrow(/f: unknown option "alpah"/);
    expect(() => resolveOptions("f", 3 as never, defaults)).toThrow(/options must be an object/);
  });
  it("checks numbers and choices", () => {
    expect(() => checkNumber("f", "k", 1.5, { integer: true })).toThrow(/option k must be an integer/);
    expect(() => checkNumber("f", "k", Number.NaN)).toThrow(/finite number/);
    expect(checkChoice("f", "m", "x", ["x", "y"])).toBe("x");
    expect(() => checkChoice("f", "m", "z", ["x", "y"])).toThrow(/one of "x", "y"/);
  });
});
