import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { showServerErrors } from "@/app/_components/forms/form-errors";

/**
 * `showServerErrors` with the status line in the reader's language: `notDone(count)`
 * when fields were marked below, else the server's own explanation. The shared
 * helper writes its pointer to the marked fields in English, so its line is only
 * kept when no field was marked.
 */
export function localizedServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  result: { error: string; fieldErrors?: Record<string, string[]> },
  notDone: (count: number) => string,
): string {
  const text = showServerErrors(setError, fields, result, "");
  const marked = fields.filter((field) => result.fieldErrors?.[field]?.[0]).length;
  return marked === 0 ? text : notDone(marked);
}
