import type { ReactNode } from "react";

export interface TableColumn {
  label: ReactNode;
  className?: string;
  /** Named for screen readers only (a column of buttons, say). */
  srOnly?: boolean;
}

/** A data table's header row: one `th scope="col"` per column. */
export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col" className={column.className}>
            {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
