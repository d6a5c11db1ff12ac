import type { ReactNode } from "react";

/** A column of a FigureTable: its heading and each row's cell; figures are set at the end of the line. */
export interface FigureColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  figure?: boolean;
}

/**
 * The analysis pages' table of a chart (map, spread, series): a caption, a row
 * heading per item, then one cell per column.
 */
export function FigureTable<Row>({
  caption,
  rowHeader,
  columns,
  rows,
  rowKey,
  rowLabel,
}: {
  caption: string;
  rowHeader: ReactNode;
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowLabel: (row: Row) => ReactNode;
}) {
  return (
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.figure ? "text-end" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {rowLabel(row)}
            </th>
            {columns.map((c) => (
              <td key={c.key} className={c.figure ? "text-end tabular-nums" : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
