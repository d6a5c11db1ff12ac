import Link from "next/link";

export type AnalysisTab = "dashboard" | "heatmap" | "trends";

/** The analysis section's pages, each link keeping the cycle, region and counting choice. */
export function AnalysisTabs({ current, hrefs }: { current: AnalysisTab; hrefs: Record<AnalysisTab, string> }) {
  const tabs: { id: AnalysisTab; label: string }[] = [
    { id: "dashboard", label: "Dashboard" },
    { id: "heatmap", label: "Heat map" },
    { id: "trends", label: "Trends" },
  ];
  return (
    <nav aria-label="Analysis pages" className="border-b border-line">
      <ul className="-mb-px flex gap-1">
        {tabs.map((t) => (
          <li key={t.id}>
            <Link
              href={hrefs[t.id]}
              aria-current={t.id === current ? "page" : undefined}
              className={`block border-b-2 px-4 py-2 text-sm font-semibold no-underline ${
                t.id === current
                  ? "border-brand-700 text-brand-800"
                  : "border-transparent text-muted hover:border-line hover:text-ink"
              }`}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
