import type { ReactNode } from "react";

const ALIGN = { start: "text-start", end: "text-end", tier: "ps-6 text-start" } as const;

/** A column header of the public tables. */
export function ColumnHeader({ children, align = "start" }: { children: ReactNode; align?: keyof typeof ALIGN }) {
  return (
    <th scope="col" className={`py-2 font-medium ${ALIGN[align]}`}>
      {children}
    </th>
  );
}
