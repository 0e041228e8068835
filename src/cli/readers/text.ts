/** Reading input files: gzip detected by its magic bytes, text decoded as UTF-8 (BOM stripped). */
import { readFile } from "node:fs/promises";
import { gunzip } from "node:zlib";
import { promisify } from "node:util";
import { CliError } from "../errors.js";

const gunzipAsync = promisify(gunzip);

/** True when `bytes` starts with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Reads a file as text, decompressing gzip. @throws CliError when it cannot be read or inflated. */
export async function readText(path: string): Promise<{ text: string; gzip: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : code === "EACCES" ? "permission denied" : String((e as Error).message);
    throw new CliError(`cannot read ${path}: ${why}`);
  }
  const gzip = isGzip(bytes);
  if (gzip) {
    try {
      bytes = await gunzipAsync(bytes);
    } catch (e) {
      throw new CliError(`cannot decompress ${path}: ${(e as Error).message}`);
    }
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, gzip };
}

/** One line of a text file with its 1-based line number. */
export interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  /** Offset just past the line in the whole text (for progress). */
  end: number;
}

/** Iterates the data lines of `text`: blank lines and comments (`#` or `%` first) are skipped. */
export function* dataLines(text: string): Generator<Line> {
  let start = 0;
  let line = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    line++;
    let s = text.slice(start, end);
    if (s.endsWith("\r")) s = s.slice(0, -1);
    start = end + 1;
    const c = s.trimStart()[0];
    if (c === undefined || c === "#" || c === "%") continue;
    yield { text: s, line, end: start };
  }
}
