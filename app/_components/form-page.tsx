import type { ReactNode } from "react";

/**
 * The layout of the pages that are one form for a person on their own (sign in, forgot password, new
 * password, accepting an invitation): what the page is for on one side, the form in a card on the other.
 */
export function FormPage({
  eyebrow,
  title,
  formLabel,
  aside,
  children,
}: {
  eyebrow?: string;
  title: string;
  formLabel: string;
  /** The explanation beside the form. */
  aside: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-2 md:items-start">
      <section className="space-y-4">
        {eyebrow && <p className="eyebrow">{eyebrow}</p>}
        <h1 className="text-display font-bold">{title}</h1>
        {aside}
      </section>
      <section className="card" aria-label={formLabel}>
        {children}
      </section>
    </div>
  );
}
