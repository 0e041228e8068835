#!/usr/bin/env node
/**
 * The `tiescope` command (Node only; never imported by the library entry). See `tiescope --help`
 * and docs/report.md.
 */
import { readFileSync } from "node:fs";
import { EXIT } from "./errors.js";
import { main } from "./run.js";

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

const controller = new AbortController();
let interrupts = 0;
process.on("SIGINT", () => {
  // First Ctrl-C: stop at the next checkpoint and leave no partial file; second: exit at once.
  if (++interrupts > 1) process.exit(EXIT.interrupted);
  controller.abort("SIGINT");
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, version: packageVersion(), signal: controller.signal }).then(
  (code) => {
    process.exitCode = code;
  },
);
