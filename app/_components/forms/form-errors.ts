import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts the server's field errors next to the form's own fields and returns the
 * status line to announce: a pointer to the marked fields when there are some
 * (so the message is not shown twice), else the server's whole explanation.
 */
export function showServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  result: { error: string; fieldErrors?: Record<string, string[]> },
  /** What was not done (English), or the whole status line for a count of marked fields, in the reader's language. */
  notDone: string | ((fields: number) => string),
): string {
  let shown = 0;
  for (const field of fields) {
    const message = result.fieldErrors?.[field]?.[0];
    if (!message) continue;
    setError(field, { type: "server", message }, { shouldFocus: shown === 0 });
    shown += 1;
  }
  if (shown === 0) return result.error;
  if (typeof notDone === "function") return notDone(shown);
  return `${notDone}: correct the ${shown === 1 ? "field" : "fields"} marked below.`;
}
