/** CSV as the exports write it (RFC 4180, CRLF), without zod, so browser code (the ranking's download) can use it. */
function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
