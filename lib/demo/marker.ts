/**
 * How exports say that they hold the generated demo data set, so that a file passed on cannot be taken for a
 * finding about a Member State: JSON carries `"demo": true`, CSV starts with a comment line. Nothing is added
 * when the data are real. The files stay in English, as every export does.
 */
export const DEMO_CSV_COMMENT =
  "# Demo data: generated for trying Res45 Readiness; these figures describe no Member State.";

/** The CSV text with the demo comment as its first line when `demo` is true. */
export function markDemoCsv(csv: string, demo: boolean): string {
  return demo ? `${DEMO_CSV_COMMENT}\r\n${csv}` : csv;
}

/** The record with `demo: true` added when `demo` is true; unchanged (no `demo` key) otherwise. */
export function markDemoRecord<T extends object>(record: T, demo: boolean): T & { demo?: true } {
  return demo ? { ...record, demo: true as const } : record;
}
