/**
 * GEXF and GraphML (through graphology-gexf / graphology-graphml) and graphology's JSON
 * serialisation (`graph.export()`). Direction is read from the file; node labels (`label` or
 * `name` attributes) become display names; a community attribute, named or auto-detected,
 * becomes the ground truth.
 */
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import type { AbstractGraph, Attributes, SerializedGraph } from "graphology-types";
import { SocialGraph } from "../../graph/social-graph.js";
import { TiescopeError } from "../../util/errors.js";
import type { GraphFileFormat } from "../detect.js";
import { CliError, UsageError } from "../errors.js";
import type { LoadedInput } from "./input.js";

/** Attribute names tried, in order, when no `--community-attribute` is given. */
export const COMMUNITY_ATTRIBUTES = ["community", "club", "class", "group", "department", "module", "modularity_class"] as const;

/** Parses XML strictly (errors throw, warnings are ignored) instead of letting xmldom print them. */
function parseXml(text: string, root: string): Document {
  const fail = (message: string): never => {
    throw new Error(`XML error: ${String(message).trim().split("\n")[0]}`);
  };
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(text, "text/xml");
  const el = doc.documentElement;
  if (!el || el.localName !== root) fail(`the root element is not <${root}>`);
  if (el!.getElementsByTagName("graph").length === 0) fail("no <graph> element");
  return doc as unknown as Document;
}

/** Parses graph-file text into a graphology graph. @throws CliError when the text is not valid. */
export function parseGraphFile(text: string, format: GraphFileFormat, where: string): AbstractGraph {
  try {
    if (format === "gexf") return gexf.parse(Graph, parseXml(text, "gexf"), { addMissingNodes: true, allowUndeclaredAttributes: true });
    if (format === "graphml") return graphml.parse(Graph, parseXml(text, "graphml"), { addMissingNodes: true });
    const data = JSON.parse(text) as SerializedGraph;
    if (!data || typeof data !== "object" || !Array.isArray(data.nodes)) throw new Error('expected graphology JSON: an object with a "nodes" array');
    return Graph.from(data);
  } catch (e) {
    const what = format === "graphology-json" ? "graphology JSON" : format.toUpperCase();
    throw new CliError(`${where}: not valid ${what}: ${(e as Error).message.split("\n")[0]}`);
  }
}

function stringOf(v: unknown): string | null {
  if (v === undefined || v === null || v === "") return null;
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);
}

/** Reads a parsed graphology graph. @throws CliError (mixed graph, bad weight), UsageError (missing attribute). */
export function loadGraphology(graph: AbstractGraph, format: string, where: string, communityAttribute: string | null): Omit<LoadedInput, "name"> {
  let g: SocialGraph;
  try {
    g = SocialGraph.fromGraphology(graph, { weight: "weight" });
  } catch (e) {
    if (e instanceof TiescopeError) throw new CliError(`${where}: ${e.message}`);
    throw e;
  }
  const keys = g.keys();
  const attrs: Attributes[] = keys.map((k) => graph.getNodeAttributes(k));
  const labels = attrs.map((a, i) => stringOf(a.label) ?? stringOf(a.name) ?? keys[i]!);
  const notes: string[] = [];
  let groundTruth: LoadedInput["groundTruth"] = null;
  let attribute = communityAttribute;
  if (!attribute) attribute = COMMUNITY_ATTRIBUTES.find((name) => attrs.length > 0 && attrs.every((a) => stringOf(a[name]) !== null)) ?? null;
  if (attribute) {
    const values = attrs.map((a) => stringOf(a[attribute]));
    const missing = values.filter((v) => v === null).length;
    if (missing === values.length) throw new UsageError(`--community-attribute: no node has an attribute "${attribute}"`);
    groundTruth = { labels: values.map((v) => v ?? "(none)"), source: `node attribute "${attribute}"` };
    if (missing > 0) notes.push(`${missing} nodes without "${attribute}" grouped as "(none)"`);
  }
  const br = g.buildReport;
  if (br.selfLoopsIgnored > 0) notes.push(`${br.selfLoopsIgnored} self-loops left out`);
  if (br.parallelEdgesMerged > 0) notes.push(`${br.parallelEdgesMerged} parallel edges merged (weights summed)`);
  return {
    graph: g,
    format,
    labels: labels.some((l, i) => l !== keys[i]) ? labels : null,
    groundTruth,
    interactions: null,
    notes,
  };
}
