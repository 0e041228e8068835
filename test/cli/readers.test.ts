import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { REPORT_DEFAULTS, type ReportArgs } from "../../src/cli/args.js";
import { sniffDelimited } from "../../src/cli/detect.js";
import { CliError, InterruptedError, UsageError } from "../../src/cli/errors.js";
import { loadInput } from "../../src/cli/load.js";
import { readCommunities } from "../../src/cli/readers/communities.js";
import { readDelimitedGraph } from "../../src/cli/readers/delimited-graph.js";
import { splitRow } from "../../src/cli/readers/delimited.js";
import { loadGraphology, parseGraphFile } from "../../src/cli/readers/graph-file.js";
import { dataLines, isGzip, readText } from "../../src/cli/readers/text.js";
import { estimateTieStrength, interactionFeaturesOf, SocialGraph } from "../../src/index.js";
import { fixture, tempDir } from "./helpers.js";

const args = (over: Partial<ReportArgs>): ReportArgs => ({ ...REPORT_DEFAULTS, ...over });
const auto = { format: "auto" as const, delimiter: null, header: null, columns: null };
const edge = (g: SocialGraph, a: string, b: string): number => g.edgeWeights[g.edgeId(g.index(a), g.index(b))]!;

describe("text input", () => {
  it("reads plain and gzip files alike, stripping a BOM", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "\ufeffa b\n");
    writeFileSync(join(dir, "a.txt.gz"), gzipSync("a b\n"));
    expect(await readText(join(dir, "a.txt"))).toEqual({ text: "a b\n", gzip: false });
    expect(await readText(join(dir, "a.txt.gz"))).toEqual({ text: "a b\n", gzip: true });
    expect(isGzip(Uint8Array.of(0x1f, 0x8b, 8))).toBe(true);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
  });

  it("names the file that cannot be read or inflated", async () => {
    const dir = tempDir();
    await expect(readText(join(dir, "missing.csv"))).rejects.toThrow(/cannot read .*missing.csv: no such file/);
    await expect(readText(dir)).rejects.toThrow(/is a folder/);
    writeFileSync(join(dir, "bad.gz"), Uint8Array.of(0x1f, 0x8b, 1, 2, 3));
    await expect(readText(join(dir, "bad.gz"))).rejects.toThrow(/cannot decompress/);
  });

  it("skips blank and comment lines, keeping line numbers", () => {
    expect([...dataLines("# c\n\na b\r\n% c\n  c d\n")].map((l) => [l.text, l.line])).toEqual([["a b", 3], ["  c d", 5]]);
  });

  it("splits quoted CSV fields and whitespace runs", () => {
    expect(splitRow('"Smith, Ann","say ""hi""", 3', ",")).toEqual(["Smith, Ann", 'say "hi"', "3"]);
    expect(splitRow("  a \t b  c ", "whitespace")).toEqual(["a", "b", "c"]);
    expect(splitRow("a\tb", "\t")).toEqual(["a", "b"]);
  });
});

describe("edge lists", () => {
  it("reads a weighted edge list and sums repeated rows", async () => {
    const text = "a,b,2\nb,c,1\nb,a,3\n";
    const layout = sniffDelimited(text.trim().split("\n"), auto);
    const read = await readDelimitedGraph(text, layout, { where: "e.csv", directed: false });
    expect([read.graph.order, read.graph.size, read.graph.weighted]).toEqual([3, 2, true]);
    expect(edge(read.graph, "a", "b")).toBe(5);
    expect(read.notes).toEqual(["1 repeated edge row merged (weights summed)"]);
  });

  it("keeps arcs apart when directed and reports self-loops", async () => {
    const text = "a b\nb a\nc c\n";
    const layout = sniffDelimited(text.trim().split("\n"), auto);
    const read = await readDelimitedGraph(text, layout, { where: "e.txt", directed: true });
    expect([read.graph.directed, read.graph.size, read.graph.weighted]).toEqual([true, 2, false]);
    expect(read.notes).toEqual(["1 self-loop left out"]);
  });

  it("names the line of a bad row", async () => {
    const layout = sniffDelimited(["a,b,1", "b,c,2"], auto);
    await expect(readDelimitedGraph("a,b,1\n# note\nb,c,x\n", layout, { where: "e.csv", directed: false })).rejects.toThrow(
      'e.csv line 3: weight "x" is not a non-negative number',
    );
    await expect(readDelimitedGraph("a,b,1\nb,c,-2\n", layout, { where: "e.csv", directed: false })).rejects.toThrow(/line 2: weight "-2"/);
    await expect(readDelimitedGraph("a,b,1\nb\n", layout, { where: "e.csv", directed: false })).rejects.toThrow(/line 2: expected 3 fields, found 1/);
    await expect(readDelimitedGraph("a,b,1\n,c,1\n", layout, { where: "e.csv", directed: false })).rejects.toThrow(/line 2: empty source/);
  });

  it("stops when interrupted", async () => {
    const rows = Array.from({ length: 70_000 }, (_, k) => `n${k} n${k + 1}`).join("\n");
    const layout = sniffDelimited(["a b", "c d"], auto);
    const controller = new AbortController();
    controller.abort();
    await expect(readDelimitedGraph(rows, layout, { where: "big", directed: false, signal: controller.signal })).rejects.toBeInstanceOf(InterruptedError);
  });
});

describe("interaction logs", () => {
  it("aggregates events per dyad with aggregateInteractions (both directions when undirected) and summarises them", async () => {
    const loaded = await loadInput(args({ input: fixture("messages.csv") }));
    const g = loaded.graph;
    expect([g.order, g.size, g.directed]).toEqual([6, 7, false]);
    expect(edge(g, "ana", "ben")).toBe(3);
    expect(edge(g, "dev", "eli")).toBe(2);
    expect(loaded.interactions).toEqual({
      events: 10,
      selfInteractions: 0,
      channels: ["chat", "email"],
      firstTime: Date.parse("2024-01-01T09:00:00Z"),
      lastTime: Date.parse("2024-01-06T10:00:00Z"),
      timeUnit: "s",
      halfLifeDays: 1, // of the grid 1 h … 365 d, the nearest to a quarter of the 5-day span
    });
    expect(loaded.format).toBe("interaction log (comma-delimited, header row, columns from header names), undirected");
    // The graph carries the log's per-dyad features for estimateTieStrength.
    const dyads = interactionFeaturesOf(g)!;
    const ab = dyads.get("ana", "ben");
    expect([ab.count, ab.activeDays, ab.channels]).toEqual([3, 2, 2]); // 2 on Jan 1 (email), 1 on Jan 2 (chat)
    expect(ab.reciprocity).toBeCloseTo(2 / 3, 12); // 2 min(2, 1) / 3
    expect(loaded.notes[0]).toMatch(/^10 events aggregated into 7 ties by aggregateInteractions; tie weight = number of events; numeric times read as seconds; recency half-life 1 day$/);
  });

  it("reads numeric times as seconds, or as milliseconds from 1e11 on, and notes self-interactions", async () => {
    const seconds = "a b 100\nb c 200\nc c 250\na b 300\nb a 400\nc a 500\n";
    const layout = sniffDelimited(seconds.trim().split("\n"), auto);
    expect(layout.columns.time).toBe(2);
    const s = await readDelimitedGraph(seconds, layout, { where: "s.txt", directed: false });
    expect(s.interactions).toMatchObject({ events: 6, selfInteractions: 1, firstTime: 100_000, lastTime: 500_000, timeUnit: "s" });
    expect(s.notes).toContain("1 self-interaction left out");
    const ms = seconds.replace(/ (\d+)\n/g, (_, t: string) => ` ${1.7e12 + Number(t)}\n`);
    const m = await readDelimitedGraph(ms, layout, { where: "ms.txt", directed: false });
    expect(m.interactions).toMatchObject({ firstTime: 1.7e12 + 100, lastTime: 1.7e12 + 500, timeUnit: "ms" });
  });

  it("--symmetric: contacts without an initiator carry no reciprocity; a t i j log suggests it", async () => {
    const dir = tempDir();
    const path = join(dir, "tij.dat");
    // SocioPatterns layout: time first, then the two badges; each pair listed one way only.
    writeFileSync(path, ["100 1 2", "120 1 2", "140 2 3", "160 1 3", "180 1 2", "200 3 4"].join("\n") + "\n");
    const plain = await loadInput(args({ input: path }));
    expect(plain.notes).toContain("reciprocity is read from the column order; pass --symmetric when events have no initiator (face-to-face contacts, as in SocioPatterns' t i j files)");
    expect(interactionFeaturesOf(plain.graph)!.directional).toBe(true);
    const symmetric = await loadInput(args({ input: path, symmetric: true }));
    expect(interactionFeaturesOf(symmetric.graph)!.directional).toBe(false);
    expect(symmetric.notes).toContain("events have no initiator (--symmetric): reciprocity is not a tie-strength feature");
    expect(Object.keys(estimateTieStrength(symmetric.graph).featureWeights)).not.toContain("reciprocity");
    expect(Object.keys(estimateTieStrength(plain.graph).featureWeights)).toContain("reciprocity");
    await expect(loadInput(args({ input: fixture("edges.tsv"), symmetric: true }))).rejects.toThrow("--symmetric applies to interaction logs, not edge lists");
    await expect(loadInput(args({ input: fixture("two-triangles.gexf"), symmetric: true }))).rejects.toThrow(UsageError);
  });

  it("sums an interaction log without times into weighted ties and says recency is missing", async () => {
    const layout = sniffDelimited(["a b", "b a"], { ...auto, format: "interactions" });
    const loaded = await readDelimitedGraph("a b\nb a\na c\n", layout, { where: "log.txt", directed: false });
    expect(layout.kind).toBe("interactions");
    expect(edge(loaded.graph, "a", "b")).toBe(2);
    expect(loaded.interactions).toMatchObject({ events: 3, firstTime: null, timeUnit: null });
    expect(loaded.notes).toEqual(["3 events summed into 2 ties; tie weight = number of events (no time column, so no recency or regularity)"]);
  });

  it("keeps each direction when directed", async () => {
    const loaded = await loadInput(args({ input: fixture("messages.csv"), directed: true }));
    expect(loaded.graph.size).toBe(9);
    expect(edge(loaded.graph, "ana", "ben")).toBe(2);
    expect(edge(loaded.graph, "ben", "ana")).toBe(1);
  });

  it("names the line and field of a bad event", async () => {
    const layout = sniffDelimited(["from,to,time", "a,b,1"], auto);
    await expect(readDelimitedGraph("from,to,time\na,b,1\na,c,soon\n", layout, { where: "log.csv", directed: false })).rejects.toThrow(
      'log.csv line 3: time "soon" is neither a number nor a date',
    );
    await expect(readDelimitedGraph("from,to,time\na,b,1\n\n,c,2\n", layout, { where: "log.csv", directed: false })).rejects.toThrow("log.csv line 4: empty source");
    const weighted = sniffDelimited(["from,to,time,weight", "a,b,1,2"], auto);
    await expect(readDelimitedGraph("from,to,time,weight\na,b,1,-2\n", weighted, { where: "w.csv", directed: false })).rejects.toThrow(
      'w.csv line 2: weight "-2" is not a non-negative number',
    );
  });
});

describe("graph files", () => {
  it("reads GEXF with labels, weights and a community attribute", async () => {
    const loaded = await loadInput(args({ input: fixture("two-triangles.gexf") }));
    expect([loaded.graph.order, loaded.graph.size, loaded.graph.directed]).toEqual([6, 7, false]);
    expect(loaded.labels).toEqual(["Ana", "Ben", "Cruz", "Dev", "Eli", "Fay"]);
    expect(edge(loaded.graph, "c", "d")).toBe(1);
    expect(loaded.groundTruth).toEqual({ labels: ["left", "left", "left", "right", "right", "right"], source: 'node attribute "community"' });
    expect(loaded.format).toBe("gexf, undirected");
  });

  it("reads directed GraphML with name attributes", async () => {
    const loaded = await loadInput(args({ input: fixture("two-triangles.graphml") }));
    expect([loaded.graph.order, loaded.graph.size, loaded.graph.directed]).toEqual([4, 4, true]);
    expect(loaded.labels).toEqual(["Ana", "Ben", "Cruz", "Dev"]);
    expect(edge(loaded.graph, "b", "a")).toBe(1);
    expect(loaded.groundTruth).toBeNull();
  });

  it("reads graphology JSON, auto-detecting the club attribute, and gzip", async () => {
    const dir = tempDir();
    const path = join(dir, "g.json.gz");
    writeFileSync(path, gzipSync(readFileSync(fixture("two-triangles.json"))));
    const loaded = await loadInput(args({ input: path }));
    expect(loaded.graph.order).toBe(6);
    expect(loaded.groundTruth?.source).toBe('node attribute "club"');
    expect(loaded.format).toBe("graphology-json, gzip, undirected");
  });

  it("uses --community-attribute and fails on a missing one", async () => {
    const graph = parseGraphFile(readFileSync(fixture("two-triangles.json"), "utf8"), "graphology-json", "g.json");
    expect(loadGraphology(graph, "json", "g.json", "label").groundTruth?.labels[0]).toBe("Ana");
    expect(() => loadGraphology(graph, "json", "g.json", "colour")).toThrow(UsageError);
  });

  it("names the file that does not parse", () => {
    expect(() => parseGraphFile("{nope", "graphology-json", "g.json")).toThrow(/^g.json: not valid graphology JSON/);
    expect(() => parseGraphFile('{"a": 1}', "graphology-json", "g.json")).toThrow(/"nodes" array/);
    expect(() => parseGraphFile("<gexf><graph", "gexf", "g.gexf")).toThrow(/^g.gexf: not valid GEXF: XML error/);
    expect(() => parseGraphFile("<gexf></gexf>", "gexf", "g.gexf")).toThrow(/no <graph> element/);
    expect(() => parseGraphFile("<gexf><graph/></gexf>", "graphml", "g.graphml")).toThrow(CliError);
    expect(() => parseGraphFile("<gexf><graph/></gexf>", "graphml", "g.graphml")).toThrow(/root element is not <graphml>/);
  });

  it("rejects a mixed graphology graph", () => {
    const mixed = parseGraphFile(JSON.stringify({ options: { type: "mixed" }, nodes: [{ key: "a" }, { key: "b" }, { key: "c" }], edges: [{ source: "a", target: "b" }, { source: "b", target: "c", undirected: true }] }), "graphology-json", "m.json");
    expect(() => loadGraphology(mixed, "json", "m.json", null)).toThrow(/m.json: .*mixes 1 directed and 1 undirected/);
  });

  it("rejects delimited-text options on graph files", async () => {
    await expect(loadInput(args({ input: fixture("two-triangles.gexf"), delimiter: "," }))).rejects.toThrow(/apply to delimited text/);
  });
});

describe("ground-truth communities", () => {
  it("reads node,label rows; unknown nodes are ignored, missing ones grouped", () => {
    const g = SocialGraph.fromEdges([["ana", "ben"], ["ben", "cy"]]);
    const { labels, notes } = readCommunities("node label\nana x\nben y\nzed z\n", g, "c.txt");
    expect(labels).toEqual(["x", "y", "(none)"]);
    expect(notes).toEqual(["1 rows of c.txt name nodes not in the graph (ignored)", '1 nodes have no label in c.txt (grouped as "(none)")']);
    expect(() => readCommunities("zed z\n", g, "c.txt")).toThrow(/none of its nodes is in the graph/);
    expect(() => readCommunities("ana\tx\nben\n", g, "c.txt")).toThrow(/c.txt line 2: expected node\tlabel/);
  });

  it("is applied by loadInput from --communities", async () => {
    const loaded = await loadInput(args({ input: fixture("edges.tsv"), communities: fixture("communities.txt") }));
    expect(loaded.groundTruth).toEqual({ labels: ["left", "left", "left", "right", "right", "right"], source: "communities.txt" });
  });

  it("defaults to the karate club with its factions", async () => {
    const loaded = await loadInput(args({}));
    expect([loaded.graph.order, loaded.graph.size]).toEqual([34, 78]);
    expect(loaded.groundTruth?.labels.filter((l) => l === "Officer").length).toBe(17);
  });
});
