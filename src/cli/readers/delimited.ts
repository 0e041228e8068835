/** Splitting delimited rows: one-character delimiters with RFC 4180 quotes, or runs of whitespace. */

/** Splits one row. `delimiter` is a single character or `"whitespace"`. Fields are trimmed. */
export function splitRow(line: string, delimiter: string): string[] {
  if (delimiter === "whitespace") {
    const t = line.trim();
    return t === "" ? [] : t.split(/\s+/);
  }
  if (!line.includes('"')) return line.split(delimiter).map((f) => f.trim());
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === delimiter) {
      out.push(field.trim());
      field = "";
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

/** True when a field reads as a finite number. */
export function isNumeric(field: string): boolean {
  return field !== "" && Number.isFinite(Number(field));
}
