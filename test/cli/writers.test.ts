import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/cli/analyze.js";
import { REPORT_DEFAULTS } from "../../src/cli/args.js";
import { buildNetworkView } from "../../src/cli/layout.js";
import { loadInput } from "../../src/cli/load.js";
import { csvField, formatNumber, peopleCsv, PEOPLE_COLUMNS, tiesCsv, TIES_COLUMNS } from "../../src/cli/writers/csv.js";
import { stageChunks, writeChunks } from "../../src/cli/writers/files.js";
import { escapeHtml, reportHtml, scriptJson } from "../../src/cli/writers/html.js";
import { summaryJson, summaryOf } from "../../src/cli/writers/summary.js";
import { PAGE_SCRIPT } from "../../src/cli/page/script.js";
import { fixture, tempDir } from "./helpers.js";

async function twoTriangles(over: Partial<typeof REPORT_DEFAULTS> = {}) {
  const args = { ...REPORT_DEFAULTS, input: fixture("two-triangles.gexf"), ...over };
  const input = await loadInput(args);
  const model = await analyze(input, args, { version: "9.9.9" });
  const view = await buildNetworkView(input.graph, model, { maxNodes: args.maxNodes, seed: args.seed });
  return { input, model, view };
}

describe("CSV fields", () => {
  it("quotes only when needed and doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(3)).toBe("3");
  });

  it("formats numbers to 6 decimals, non-finite as empty", () => {
    expect(formatNumber(0.1234567)).toBe("0.123457");
    expect(formatNumber(2)).toBe("2");
    expect(formatNumber(NaN)).toBe("");
    expect(formatNumber(Infinity)).toBe("");
  });
});

describe("ties.csv and people.csv", () => {
  it("ties.csv: one row per edge with strength, weak flag and bridge reasons", async () => {
    const { input, model } = await twoTriangles();
    const lines = [...tiesCsv(input.graph, model)].join("").trimEnd().split("\n");
    expect(lines[0]).toBe(TIES_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 7);
    const bridge = (3 * Math.log(2)) / Math.log(13) / 4.5; // estimateTieStrength: (3 · weight + 1.5 · overlap 0) / 4.5
    expect(lines).toContain(`c,d,1,${formatNumber(bridge)},1,0,0,1,local-bridge;cross-community;weak;cut-edge`);
    expect(lines).toContain("a,b,12,1,0,1,1,0,");
  });

  it("people.csv: one row per node with community, role, connector, reach and engagement", async () => {
    const { model } = await twoTriangles();
    const lines = [...peopleCsv(model)].join("").trimEnd().split("\n");
    expect(lines[0]).toBe(PEOPLE_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 6);
    const cruz = lines.find((l) => l.startsWith("c,"))!.split(",");
    const column = (name: (typeof PEOPLE_COLUMNS)[number]): string => cruz[PEOPLE_COLUMNS.indexOf(name)]!;
    expect(cruz.slice(0, 7)).toEqual(["c", "Cruz", "3", "17", "0", "left", "0"]); // Leiden agrees: detected community 0
    expect([column("role"), column("connector"), column("power_score")]).toEqual(["R2 peripheral", "none", "0"]);
    // audience: ana, ben, dev; within 2 hops: everyone else; engaged: ana and ben (cruz-dev is weak).
    expect([column("reach"), column("extended_reach"), column("engaged_count"), column("quadrant")]).toEqual(["3", "5", "2", "broadcaster"]);
    expect(Number(column("engagement_rate"))).toBeCloseTo(2 / 3, 6);
  });

  it("quotes labels that hold commas", async () => {
    const dir = tempDir();
    const path = join(dir, "g.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, JSON.stringify({ options: { type: "undirected" }, nodes: [{ key: "x", attributes: { label: "Smith, Ann" } }, { key: "y" }], edges: [{ source: "x", target: "y" }] }));
    const args = { ...REPORT_DEFAULTS, input: path };
    const model = await analyze(await loadInput(args), args, { version: "t" });
    expect([...peopleCsv(model)][1]!.startsWith('x,"Smith, Ann",1,')).toBe(true);
  });
});

describe("summary.json", () => {
  it("holds every figure on the page as plain rounded JSON", async () => {
    const { model, view } = await twoTriangles();
    const s = JSON.parse(summaryJson(summaryOf(model, view)));
    expect(s.meta).toMatchObject({ tool: "tiescope", version: "9.9.9", name: "two-triangles.gexf", seed: 1 });
    expect(s.stats).toMatchObject({ nodes: 6, edges: 7, transitivity: 0.6 });
    expect(s.ties.threshold).toBe(Math.round(model.ties.threshold * 1e6) / 1e6);
    expect(s.ties.histogram).toHaveLength(20);
    expect(s.communities.sizes).toEqual([{ community: 0, label: "left", size: 3 }, { community: 1, label: "right", size: 3 }]);
    expect(s.communities.comparison).toEqual({ detectedCount: 2, detectedModularity: Math.round(s.communities.modularity * 1e6) / 1e6, nmi: 1, ari: 1 });
    expect(s.bridges.top[0].reasons).toEqual(["local-bridge", "cross-community", "weak", "cut-edge"]);
    expect(s.bridges.top[0].explanation[0]).toBe("global bridge");
    expect(s.ties).toMatchObject({ source: "weights", thresholdMethod: "otsu", threshold: 0.2, weakCount: 1 });
    expect(s.percolation.weakFirst).toHaveLength(51);
    expect(s.connectors.counts).toEqual({ none: 6, mega: 0, power: 0, "power-mega": 0 });
    expect(s.engagement.quadrants).toEqual({ power: 4, broadcaster: 2, "engaged-core": 0, quiet: 0 });
    expect(s.meta.interim).toEqual([]);
    expect(s.dunbar.ego).toBe("a");
    expect(s.introduction.path.map((p: { node: string }) => p.node)).toEqual(["a", "c", "d"]);
    expect(s.network).toEqual({ drawnNodes: 6, drawnTies: 7, sampled: false, note: null });
    expect(JSON.stringify(s)).not.toMatch(/\d\.\d{7,}/);
  });
});

describe("network view", () => {
  it("is the same for the same seed, and samples above --max-nodes", async () => {
    const a = await twoTriangles();
    const b = await twoTriangles();
    expect(a.view.x).toEqual(b.view.x);
    expect(a.view.bridge.reduce((s, x) => s + x, 0)).toBe(1);
    expect(a.view.size[0]).toBe(15); // ana: the largest engaged audience (2) gets the largest size
    const c = await twoTriangles({ seed: 2 });
    expect(c.view.x).not.toEqual(a.view.x);
  });

  it("draws only the top nodes above --max-nodes and says so", async () => {
    // A ring of 30 where everyone knows the next two; the ties of the 10 hubs n0, n3, ..., n27 are
    // heavy (20 + i + j), the others weigh 1. Every engaged audience differs: the hubs' run from
    // 2.49 (n3) to 3.12 (n27), everyone else's from 1.65 (n1) to 1.99 (n26).
    const hub = (i: number): boolean => i % 3 === 0;
    const rows = Array.from({ length: 30 }, (_, k) =>
      [1, 2].map((d) => {
        const j = (k + d) % 30;
        return `n${k} n${j} ${hub(k) || hub(j) ? 20 + k + j : 1}`;
      }).join("\n"),
    ).join("\n");
    const dir = tempDir();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "ring.txt"), rows + "\n");
    const args = { ...REPORT_DEFAULTS, input: join(dir, "ring.txt"), maxNodes: 10 };
    const input = await loadInput(args);
    const model = await analyze(input, args, { version: "t" });
    expect(new Set(model.engagement.engagedAudience).size).toBe(30);
    const view = await buildNetworkView(input.graph, model, { maxNodes: 10, seed: 1 });
    expect(view.key).toHaveLength(10);
    expect(view.key).toEqual(["n0", "n3", "n6", "n9", "n12", "n15", "n18", "n21", "n24", "n27"]);
    expect(view.sampled).toBe(true);
    expect(view.note).toMatch(/^Sampled view: showing the 10 people with the largest engaged audience out of 30/);
  });
});

describe("report.html", () => {
  it("is one self-contained page: libraries inlined, no remote resource, data embedded", async () => {
    const { model, view } = await twoTriangles();
    const html = reportHtml(model, view, summaryOf(model, view));
    expect(html.startsWith("<!doctype html>")).toBe(true);
    for (const lib of ["graphology", "sigma", "vega", "vega-lite", "vega-embed"]) expect(html).toContain(`<script data-library="${lib}">`);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/\/\/# sourceMappingURL/);
    const json = html.match(/<script type="application\/json" id="tiescope-data">(.*?)<\/script>/s)![1]!;
    const data = JSON.parse(json);
    expect(data.view.label).toEqual(["Ana", "Ben", "Cruz", "Dev", "Eli", "Fay"]);
    expect(data.scatter).toHaveLength(6);
    expect(data.percolation).toHaveLength(102);
    for (const id of ["network", "search", "plot-engagement", "plot-ties", "plot-percolation", "plot-communities", "table-bridges", "table-connectors", "table-dunbar", "table-introduction"]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain("Warm introduction: Ana → Dev");
    // Nothing is interim and the GEXF needed no note: no notice at all.
    expect(html).not.toContain('id="notices"');
    expect(html).not.toContain("Preview");
    expect(html).toContain("NMI 1.000, ARI 1.000");
    // A section computed by a stand-in would be named in a notice at the top.
    const interimModel = { ...model, meta: { ...model.meta, interim: [{ section: "s", plannedFunction: "f(g)" }] } };
    const preview = reportHtml(interimModel, view, summaryOf(interimModel, view));
    expect(preview).toMatch(/<section class="notice" id="notices">.*Preview: these sections use interim methods.*s \(<code>f\(g\)<\/code>\)/s);
  });

  it("escapes names in HTML and in the embedded JSON", () => {
    expect(escapeHtml(`<b a="1">&'`)).toBe("&lt;b a=&quot;1&quot;&gt;&amp;&#39;");
    expect(scriptJson({ name: "</script><script>alert(1)</script>" })).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });

  it("has a page script that parses", () => {
    expect(() => new Function(PAGE_SCRIPT)).not.toThrow();
  });
});

describe("writeChunks", () => {
  it("writes atomically, creating the folder, leaving no temporary file", async () => {
    const dir = join(tempDir(), "nested", "out");
    await writeChunks(join(dir, "a.txt"), ["x", "y"]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("xy");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("stages files under temporary names until committed; discarding removes them and a folder it created", async () => {
    const dir = join(tempDir(), "new");
    const a = await stageChunks(join(dir, "a.txt"), ["1"]);
    const b = await stageChunks(join(dir, "b.txt"), ["2"]);
    expect(readdirSync(dir).every((f) => f.endsWith(".tmp"))).toBe(true);
    await b.discard();
    await a.commit();
    expect(readdirSync(dir)).toEqual(["a.txt"]);
    const other = join(tempDir(), "gone");
    await (await stageChunks(join(other, "c.txt"), ["3"])).discard();
    expect(existsSync(other)).toBe(false);
  });

  it("removes the temporary file and names the target when writing fails", async () => {
    const dir = tempDir();
    function* failing(): Generator<string> {
      yield "x";
      throw new Error("disk full");
    }
    await expect(writeChunks(join(dir, "b.txt"), failing())).rejects.toThrow(/cannot write .*b.txt: disk full/);
    expect(existsSync(join(dir, "b.txt"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
