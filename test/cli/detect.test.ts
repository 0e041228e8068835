import { describe, expect, it } from "vitest";
import { detectDelimiter, detectFileFormat, sniffDelimited, type SniffOptions } from "../../src/cli/detect.js";
import { parseColumns } from "../../src/cli/columns.js";
import { CliError, UsageError } from "../../src/cli/errors.js";

const auto: SniffOptions = { format: "auto", delimiter: null, header: null, columns: null };

describe("detectFileFormat", () => {
  it("uses the extension, ignoring .gz", () => {
    expect(detectFileFormat("a.gexf", "")).toBe("gexf");
    expect(detectFileFormat("a.GraphML.gz", "")).toBe("graphml");
    expect(detectFileFormat("a.json", "")).toBe("graphology-json");
    expect(detectFileFormat("a.csv", "a,b\n")).toBe("delimited");
  });

  it("sniffs the content when the extension says nothing", () => {
    expect(detectFileFormat("g.xml", '<?xml version="1.0"?>\n<gexf version="1.3">')).toBe("gexf");
    expect(detectFileFormat("g.xml", "<graphml>")).toBe("graphml");
    expect(detectFileFormat("g.txt", '  {"nodes": []}')).toBe("graphology-json");
    expect(() => detectFileFormat("g.xml", "<html>")).toThrow(CliError);
  });
});

describe("detectDelimiter", () => {
  it("prefers the delimiter that splits every row alike", () => {
    expect(detectDelimiter(["a\tb\t1", "c\td\t2"])).toBe("\t");
    expect(detectDelimiter(["a,b", "c,d"])).toBe(",");
    expect(detectDelimiter(["a;b;1", "c;d;2"])).toBe(";");
    expect(detectDelimiter(["1 2 3", "4  5 6"])).toBe("whitespace");
    expect(detectDelimiter(['"x, y",b', "c,d"])).toBe(",");
  });

  it("fails when rows have one field", () => {
    expect(() => detectDelimiter(["abc", "def"])).toThrow(/use --delimiter/);
  });
});

describe("sniffDelimited", () => {
  it("reads header names: an interaction log with a channel", () => {
    const l = sniffDelimited(["sender,recipient,timestamp,channel", "a,b,2024-01-01,email", "b,a,2024-01-02,chat"], auto);
    expect(l).toMatchObject({ delimiter: ",", header: ["sender", "recipient", "timestamp", "channel"], kind: "interactions", columns: { source: 0, target: 1, time: 2, channel: 3 } });
  });

  it("reads header names: a weighted edge list", () => {
    const l = sniffDelimited(["src\tdst\tweight", "1\t2\t3", "2\t3\t1"], auto);
    expect(l).toMatchObject({ kind: "edges", columns: { source: 0, target: 1, weight: 2 } });
    expect(l.reason).toBe("weighted edge list (tab-delimited, header row, columns from header names)");
  });

  it("detects a header of unknown names over numeric data, then maps columns by position", () => {
    const l = sniffDelimited(["p,q,strength", "1,2,0.5", "2,3,0.25"], auto);
    expect(l.header).toEqual(["p", "q", "strength"]);
    expect(l.columns).toEqual({ source: 0, target: 1, weight: 2 });
  });

  it("without a header: two columns are an unweighted edge list", () => {
    expect(sniffDelimited(["a b", "b c"], auto)).toMatchObject({ header: null, kind: "edges", columns: { source: 0, target: 1 } });
  });

  it("without a header: a third column that only grows is time (SNAP temporal files)", () => {
    expect(sniffDelimited(["582 364 0", "168 472 2797", "168 912 3304", "2 37 3356", "2 4 3360"], auto)).toMatchObject({ kind: "interactions", columns: { source: 0, target: 1, time: 2 } });
  });

  it("without a header: a first column that only grows is time (SocioPatterns t i j)", () => {
    expect(sniffDelimited(["31220\t1558\t1567", "31220\t1560\t1570", "31240\t1558\t1567", "31260\t1558\t1567", "31280\t1560\t1570"], auto)).toMatchObject({ kind: "interactions", columns: { time: 0, source: 1, target: 2 } });
  });

  it("a column that only grows in a short sample is not taken for time", () => {
    expect(sniffDelimited(["a 1 1", "b 2 2", "c 3 3"], auto)).toMatchObject({ kind: "edges", columns: { weight: 2 } });
  });

  it("without a header: a third column that does not only grow is a weight", () => {
    expect(sniffDelimited(["1 2 4", "1 3 5", "2 3 1"], auto)).toMatchObject({ kind: "edges", columns: { source: 0, target: 1, weight: 2 } });
  });

  it("without a header: a fourth text column is the channel", () => {
    expect(sniffDelimited(["1 2 100 RT", "3 4 101 MT", "3 5 102 RT", "1 5 103 RE", "2 5 104 RT"], auto)).toMatchObject({ kind: "interactions", columns: { source: 0, target: 1, time: 2, channel: 3 } });
  });

  it("follows --format, --header, --delimiter and --columns", () => {
    expect(sniffDelimited(["582 364 0", "168 472 2797", "168 912 3304", "2 37 3356", "2 4 3360"], { ...auto, format: "edges" })).toMatchObject({ kind: "edges", columns: { weight: 2 } });
    expect(sniffDelimited(["a b", "b c"], { ...auto, format: "interactions" }).kind).toBe("interactions");
    expect(sniffDelimited(["source,target", "a,b"], { ...auto, header: false }).header).toBeNull();
    expect(sniffDelimited(["x|y", "a|b"], { ...auto, delimiter: "|", header: true }).header).toEqual(["x", "y"]);
    const l = sniffDelimited(["t,who,whom", "1,a,b"], { ...auto, columns: parseColumns("source=who,target=whom,time=t") });
    expect(l).toMatchObject({ kind: "interactions", columns: { source: 1, target: 2, time: 0 } });
  });

  it("takes the first row as the header when --columns names columns", () => {
    const l = sniffDelimited(["who,whom,what", "ann,bob,x"], { ...auto, columns: parseColumns("source=who,target=whom") });
    expect(l).toMatchObject({ header: ["who", "whom", "what"], kind: "edges", columns: { source: 0, target: 1 } });
  });

  it("asks for --columns when three text columns cannot be told apart", () => {
    expect(() => sniffDelimited(["a b x", "b c y"], auto)).toThrow(UsageError);
    expect(() => sniffDelimited(["a b x", "b c y"], auto)).toThrow(/use --columns/);
    expect(() => sniffDelimited([], auto)).toThrow(/no data rows/);
  });
});
