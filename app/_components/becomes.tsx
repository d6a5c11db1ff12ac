/**
 * "→" between a value before and after (now → planned, now → closed gaps). It
 * points the way the line reads: mirrored in right-to-left text, where the
 * value before stands on the right.
 */
export function Becomes({ label }: { label: string }) {
  return (
    <span aria-label={label} className="inline-block rtl:-scale-x-100">
      →
    </span>
  );
}
