/**
 * A refusal above a form, announced at once by screen readers: the live region stays in the page so that a
 * message put into it is read out.
 */
export function ErrorAlert({ message }: { message: string | null }) {
  return (
    <div aria-live="assertive">
      {message && (
        <p role="alert" className="rounded-md border border-danger/40 bg-red-50 px-4 py-3 text-sm text-danger">
          {message}
        </p>
      )}
    </div>
  );
}
