// CSV as spreadsheet programs read it: one cell quoted when it holds a comma, quote or line break,
// and a text that would start a formula (=, +, - or @) made plain with a leading '.

export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as a UTF-8 CSV with a BOM (so Indonesian names show as written) and CRLF lines. */
export function csvWithBom(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
