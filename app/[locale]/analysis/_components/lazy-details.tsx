"use client";

import { useState, type ReactNode } from "react";

/**
 * A `<details>` whose content is drawn the first time it is opened, and kept from then on. For the
 * tables behind "show the numbers": a page with 193-row tables folded away need not build and
 * hydrate them for readers who never open them.
 */
export function LazyDetails({
  summary,
  className,
  summaryClassName,
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
