/**
 * `tiescope` main: parse arguments, then read -> analyze -> lay out -> write, with progress on
 * stderr and clean interruption. Returns the exit code; never calls process.exit itself.
 */
import { join } from "node:path";
import { TiescopeError } from "../util/errors.js";
import { analyze } from "./analyze.js";
import { parseArgs, REPORT_HELP, type ReportArgs } from "./args.js";
import { CliError, EXIT, InterruptedError, UsageError, checkInterrupted } from "./errors.js";
import { buildNetworkView } from "./layout.js";
import { loadInput } from "./load.js";
import type { ReportModel } from "./model.js";
import { ProgressReporter, type ProgressStream } from "./progress.js";
import { peopleCsv, tiesCsv } from "./writers/csv.js";
import { stageChunks, type StagedFile } from "./writers/files.js";
import { reportHtml } from "./writers/html.js";
import { summaryJson, summaryOf } from "./writers/summary.js";

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  version: string;
  signal?: AbortSignal | undefined;
}

/** The files a report writes, in the order they are written. */
export const OUTPUT_FILES = ["summary.json", "ties.csv", "people.csv", "report.html"] as const;

/** Runs `tiescope report` with parsed arguments. Returns the model (for tests) after writing the files. */
export async function runReport(args: ReportArgs, io: CliIo, progress: ProgressReporter): Promise<ReportModel> {
  const signal = io.signal;
  progress.begin("reading input");
  const input = await loadInput(args, { signal, onProgress: (f) => progress.update(f), log: (l) => progress.log(l) });
  checkInterrupted(signal);
  const model = await analyze(input, args, {
    version: io.version,
    signal,
    onProgress: (f, stage) => {
      if (f < 1) progress.begin(`analysing: ${stage}`, f);
    },
  });
  for (const note of model.meta.notes.slice(input.notes.length)) progress.log(`note: ${note}`);
  progress.begin("laying out the network");
  const view = await buildNetworkView(input.graph, model, { maxNodes: args.maxNodes, seed: args.seed, signal, onProgress: (f) => progress.update(f) });
  if (view.note) progress.log(view.note);
  progress.begin("writing files");
  const summary = summaryOf(model, view);
  const staged: StagedFile[] = [];
  try {
    staged.push(await stageChunks(join(args.out, "summary.json"), [summaryJson(summary)]));
    checkInterrupted(signal);
    staged.push(await stageChunks(join(args.out, "ties.csv"), tiesCsv(input.graph, model)));
    checkInterrupted(signal);
    staged.push(await stageChunks(join(args.out, "people.csv"), peopleCsv(model)));
    checkInterrupted(signal);
    staged.push(await stageChunks(join(args.out, "report.html"), [reportHtml(model, view, summary)]));
    checkInterrupted(signal);
  } catch (e) {
    for (const file of staged.reverse()) await file.discard();
    throw e;
  }
  for (const file of staged) await file.commit();
  return model;
}

/** The whole command: returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  let progress: ProgressReporter | null = null;
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === "help") {
      io.stdout.write(parsed.text + "\n");
      return EXIT.ok;
    }
    if (parsed.kind === "version") {
      io.stdout.write(io.version + "\n");
      return EXIT.ok;
    }
    const args = parsed.args;
    progress = new ProgressReporter(io.stderr, args.progress);
    await runReport(args, io, progress);
    progress.finish(`wrote ${OUTPUT_FILES.join(", ")} to ${args.out}/`);
    return EXIT.ok;
  } catch (e) {
    progress?.clear();
    // A library function that saw the abort signal stops like the CLI's own stages.
    const error = e instanceof TiescopeError ? (e.code === "ABORTED" ? new InterruptedError() : new CliError(e.message)) : e;
    if (error instanceof CliError) {
      io.stderr.write(`tiescope: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write(`Try "tiescope report --help".\n`);
      if (debug && !(error instanceof InterruptedError)) io.stderr.write(`${(e as Error).stack}\n`);
      return error.exitCode;
    }
    io.stderr.write(`tiescope: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (debug) io.stderr.write(`${(e as Error)?.stack}\n`);
    else io.stderr.write("Run again with --debug for the stack trace.\n");
    return EXIT.failure;
  }
}

export { REPORT_HELP };
