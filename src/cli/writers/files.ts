/**
 * Output files, all or nothing: each file is written to a temporary name beside its target
 * (staged), and only when every file of the report is staged are they renamed into place. An
 * error or an interruption before that removes the temporary files (and the folder, when this
 * run created it and it is left empty).
 */
import { existsSync } from "node:fs";
import { mkdir, open, rename, rm, rmdir } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError } from "../errors.js";

/** A file written to a temporary name, waiting to be renamed into place. */
export interface StagedFile {
  readonly path: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Writes chunks (strings) to a temporary file beside `path`, buffering about 1 MB per write. */
export async function stageChunks(path: string, chunks: Iterable<string>): Promise<StagedFile> {
  const tmp = `${path}.${process.pid}.tmp`;
  const folder = dirname(path);
  const created = !existsSync(folder);
  const discard = async (): Promise<void> => {
    await rm(tmp, { force: true });
    if (created) await rmdir(folder).catch(() => {});
  };
  try {
    await mkdir(folder, { recursive: true });
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
  } catch (e) {
    await discard();
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
  return {
    path,
    discard,
    commit: async () => {
      try {
        await rename(tmp, path);
      } catch (e) {
        await discard();
        throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
      }
    },
  };
}

/** Writes one file atomically (stage, then commit). */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await (await stageChunks(path, chunks)).commit();
}
