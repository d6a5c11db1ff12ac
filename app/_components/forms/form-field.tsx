import type { ReactNode } from "react";
import { errorLink, FieldError } from "./field-error";

/** What a field's control (input, select, textarea) takes from its field: id, style and the link to its error. */
export interface FieldControl {
  id: string;
  className: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/**
 * A form field: its label, its control and its error below, linked to the
 * control by `${id}-error` (FieldError, errorLink). The control is written by
 * the form, which spreads `control` on it:
 * `<FormField id="email" label="Email" error={message}>{(control) => <input {...control} />}</FormField>`.
 */
export function FormField({
  id,
  label,
  error,
  className,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  className?: string;
  /** Shown under the error (a note on the current value). */
  hint?: ReactNode;
  children: (control: FieldControl) => ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, className: "field-input", ...errorLink(id, error) })}
      <FieldError id={id} message={error} />
      {hint}
    </div>
  );
}
