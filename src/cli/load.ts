/** The read stage: from `tiescope report` arguments to a {@link LoadedInput}. */
import { basename } from "node:path";
import { karateClub } from "../datasets/karate.js";
import type { ReportArgs } from "./args.js";
import { detectFileFormat, sniffDelimited, type GraphFileFormat } from "./detect.js";
import { UsageError } from "./errors.js";
import { readCommunities } from "./readers/communities.js";
import { readDelimitedGraph } from "./readers/delimited-graph.js";
import { loadGraphology, parseGraphFile } from "./readers/graph-file.js";
import type { LoadedInput, ReadProgress } from "./readers/input.js";
import { dataLines, readText } from "./readers/text.js";

export interface LoadOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ReadProgress | undefined;
  /** Where to say what was detected (stderr). */
  log?: ((line: string) => void) | undefined;
}

const GRAPH_FORMATS: readonly string[] = ["gexf", "graphml", "graphology-json"];

/** The embedded karate club with its two factions as ground truth. */
export function loadKarate(): LoadedInput {
  const { graph, clubs } = karateClub();
  return {
    graph,
    name: "Zachary's karate club",
    format: "embedded dataset (karateClub())",
    labels: null,
    groundTruth: { labels: clubs.slice(), source: "faction after the split (Zachary 1977)" },
    interactions: null,
    notes: [],
  };
}

/** Reads the input the arguments name (or the karate club). @throws CliError / UsageError */
export async function loadInput(args: ReportArgs, options: LoadOptions = {}): Promise<LoadedInput> {
  const log = options.log ?? (() => {});
  let loaded: LoadedInput;
  if (args.input === null) {
    loaded = loadKarate();
    log(`input: ${loaded.name} (no input file given)`);
  } else {
    const path = args.input;
    const { text, gzip } = await readText(path);
    const detected = args.format === "auto" ? detectFileFormat(path, text.slice(0, 4096)) : GRAPH_FORMATS.includes(args.format) ? (args.format as GraphFileFormat) : "delimited";
    if (detected === "delimited") {
      const sample: string[] = [];
      for (const l of dataLines(text)) {
        sample.push(l.text);
        if (sample.length >= 200) break;
      }
      const layout = sniffDelimited(sample, {
        format: args.format,
        delimiter: args.delimiter,
        header: args.header,
        columns: args.columns,
      });
      const directed = args.directed ?? false;
      log(`input: ${path}${gzip ? " (gzip)" : ""}: ${layout.reason}; ${directed ? "directed (--directed)" : args.directed === false ? "undirected (--undirected)" : "undirected (pass --directed for arcs)"}`);
      if (args.symmetric && layout.kind !== "interactions") throw new UsageError("--symmetric applies to interaction logs, not edge lists");
      const read = await readDelimitedGraph(text, layout, { where: path, directed, symmetric: args.symmetric, signal: options.signal, onProgress: options.onProgress });
      loaded = { ...read, name: basename(path), format: `${read.format}${gzip ? ", gzip" : ""}, ${directed ? "directed" : "undirected"}` };
    } else {
      if (args.columns || args.delimiter || args.header !== null || args.symmetric) throw new UsageError(`--columns, --delimiter, --header and --symmetric apply to delimited text, not ${detected}`);
      const graph = parseGraphFile(text, detected, path);
      options.onProgress?.(0.5);
      const read = loadGraphology(graph, `${detected}${gzip ? ", gzip" : ""}, ${graph.type === "directed" ? "directed" : "undirected"}`, path, args.communityAttribute);
      options.onProgress?.(1);
      if (args.directed !== null && args.directed !== read.graph.directed) {
        read.notes.push(`--${args.directed ? "" : "un"}directed ignored: the ${detected} file declares a${read.graph.directed ? " directed" : "n undirected"} graph`);
      }
      log(`input: ${path}${gzip ? " (gzip)" : ""}: ${read.format}`);
      loaded = { ...read, name: basename(path) };
    }
  }
  if (args.communityAttribute && args.input !== null && loaded.groundTruth === null) {
    throw new UsageError("--community-attribute applies to GEXF, GraphML and graphology JSON inputs");
  }
  if (args.communities) {
    const { text } = await readText(args.communities);
    const { labels, notes } = readCommunities(text, loaded.graph, args.communities);
    loaded = { ...loaded, groundTruth: { labels, source: basename(args.communities) }, notes: [...loaded.notes, ...notes] };
  }
  for (const note of loaded.notes) log(`note: ${note}`);
  return loaded;
}
