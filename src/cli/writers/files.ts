/** Atomic file output: write to a temporary name beside the target, then rename. */
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError } from "../errors.js";

/** Writes chunks (strings) to `path` atomically, buffering about 1 MB per write. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const fh = await open(tmp, "w");
    try {
      let buffer: string[] = [];
      let size = 0;
      for (const c of chunks) {
        buffer.push(c);
        size += c.length;
        if (size >= 1 << 20) {
          await fh.write(buffer.join(""));
          buffer = [];
          size = 0;
        }
      }
      if (buffer.length > 0) await fh.write(buffer.join(""));
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
