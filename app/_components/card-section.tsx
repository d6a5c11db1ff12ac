import type { ReactNode } from "react";

/**
 * A card of the results and plan pages: a section named by its heading, with a
 * sentence under the heading and the card's content below.
 */
export function CardSection({
  id,
  heading,
  lead,
  className = "space-y-4 break-inside-avoid",
  headerClassName = "space-y-1",
  leadClassName = "max-w-3xl text-sm text-muted",
  testId,
  children,
}: {
  /** The heading's id, which names the section. */
  id: string;
  heading: ReactNode;
  lead: ReactNode;
  /** Classes besides `card`. */
  className?: string;
  headerClassName?: string;
  leadClassName?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`card ${className}`} data-testid={testId}>
      <div className={headerClassName || undefined}>
        <h2 id={id} className="text-2xl font-bold text-brand-900 print:text-xl">
          {heading}
        </h2>
        <p className={leadClassName}>{lead}</p>
      </div>
      {children}
    </section>
  );
}
