import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A path under test/fixtures/cli. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/cli/${name}`, import.meta.url));

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "tiescope-cli-"));

/** A stream that records what is written. */
export function recorder(isTTY = false): { write(s: string): boolean; isTTY: boolean; text(): string } {
  const chunks: string[] = [];
  return { write: (s: string) => (chunks.push(s), true), isTTY, text: () => chunks.join("") };
}
