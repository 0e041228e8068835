import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInteractions } from "../../src/node/index.js";
import { aggregateInteractions, estimateTieStrength, TiescopeError } from "../../src/index.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tiescope-read-"));
});
const file = (name: string, text: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("readInteractions", () => {
  it("reads SNAP-style space-separated src dst t (seconds), gzip by extension", async () => {
    const text = "# comment\n1 2 10\n2 1 20\n1 3 86410\n";
    const plain = await readInteractions(file("a.txt", text), { timeUnit: "s", halfLife: 86400 });
    const gz = await readInteractions(file("a.txt.gz", gzipSync(text)), { timeUnit: "s", halfLife: 86400 });
    expect(plain.graph.size).toBe(2);
    expect(plain.dyads.get("1", "2")).toMatchObject({ forward: 1, backward: 1, count: 2, firstTime: 10_000, lastTime: 20_000 });
    expect(gz.dyads.rows()).toEqual(plain.dyads.rows());
    // the reader equals aggregating the same events by hand
    const byHand = aggregateInteractions(
      [
        { source: "1", target: "2", time: 10 },
        { source: "2", target: "1", time: 20 },
        { source: "1", target: "3", time: 86410 },
      ],
      { timeUnit: "s", halfLife: 86400 },
    );
    expect(plain.dyads.rows()).toEqual(byHand.dyads.rows());
    expect(estimateTieStrength(plain.graph).source).toBe("interactions");
  });
  it("CSV with a header, named columns, quoted fields holding the delimiter, channel and weight", async () => {
    const text = 'when,from,to,via,secs\r\n2024-01-01T10:00:00Z,"Doe, Jane",bob,call,60\r\n2024-01-02T10:00:00Z,bob,"Doe, Jane",sms,\r\n';
    const { dyads } = await readInteractions(file("b.csv", text), {
      columns: { source: "from", target: "to", time: "when", channel: "via", weight: "secs" },
    });
    expect(dyads.get("Doe, Jane", "bob")).toMatchObject({ count: 2, volume: 61, channels: 2, activeDays: 2, reciprocity: 1 });
  });
  it("TSV by position, tab detected automatically", async () => {
    const { graph } = await readInteractions(file("c.tsv", "100\ta\tb\n120\tb\tc\n"), { columns: { time: 0, source: 1, target: 2 }, symmetric: true });
    expect(graph.size).toBe(2);
  });
  it("errors name the file line and field", async () => {
    const p = file("d.txt", "1 2 10\n1 2 later\n");
    const err = await readInteractions(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TiescopeError);
    expect((err as TiescopeError).code).toBe("INVALID_ROW");
    expect((err as TiescopeError).details).toMatchObject({ row: 2, field: "time", line: 2 });
    expect((err as TiescopeError).message).toContain("line 2");
    const w = await readInteractions(file("e.csv", "s,t,time,w\na,b,1,-3\n"), { columns: { source: "s", target: "t", time: "time", weight: "w" } }).catch((e: unknown) => e);
    expect((w as TiescopeError).code).toBe("INVALID_WEIGHT");
    const missing = await readInteractions(file("f.csv", "s,t,time\na,b,1\n"), { columns: { source: "s", target: "x", time: "time" } }).catch((e: unknown) => e);
    expect((missing as TiescopeError).code).toBe("INVALID_OPTION");
    const unknown = await readInteractions(p, { colour: 1 } as never).catch((e: unknown) => e);
    expect((unknown as TiescopeError).code).toBe("UNKNOWN_OPTION");
  });
});
