import { useErrorCodeText } from "./error-code-text";

/**
 * A field's error, linked to its input by `${id}-error` (the input's aria-describedby).
 * A message that is an error code (a schema's own, checked in the browser) is written
 * in the page's language.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const text = useErrorCodeText();
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {text(message)}
    </p>
  );
}

/** The input's side of the link: marks it invalid and points it at its error while there is one. */
export function errorLink(id: string, message: string | undefined) {
  return message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}
