import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LazyDetails } from "./lazy-details";

/**
 * A chart with its heading, a sentence on how to read it, and the same numbers
 * as a table for screen readers, keyboards and anyone who wants exact values
 * (built when first opened).
 */
export function ChartCard({
  id,
  title,
  description,
  chart,
  table,
  tableLabel,
  className = "",
}: {
  id: string;
  title: string;
  description: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  tableLabel?: string;
  className?: string;
}) {
  const t = useTranslations("analysis.shared");
  return (
    <section aria-labelledby={id} className={`card flex flex-col gap-3 p-5 ${className}`}>
      <div className="space-y-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">{description}</p>
      </div>
      <div className="min-h-0 flex-1">{chart}</div>
      <LazyDetails
        className="group text-sm"
        summaryClassName="cursor-pointer font-semibold text-brand-700 hover:underline"
        summary={tableLabel ?? t("showTable")}
      >
        <div className="mt-3 overflow-x-auto">{table}</div>
      </LazyDetails>
    </section>
  );
}
