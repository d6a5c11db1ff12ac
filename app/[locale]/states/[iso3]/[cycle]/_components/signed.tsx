import type { ReactNode } from "react";

/**
 * A signed figure ("+3.25", "−1.50", "±0.00") kept left to right. In Arabic
 * text the bidirectional algorithm would otherwise move the sign after the
 * digits ("3.25+"); the `dir` attribute also isolates it from the words around.
 */
export function Signed({ children }: { children: ReactNode }) {
  return <span dir="ltr">{children}</span>;
}
