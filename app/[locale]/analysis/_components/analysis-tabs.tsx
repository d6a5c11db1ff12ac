import { useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";

export type AnalysisTab = "dashboard" | "heatmap" | "trends" | "campaign";

const TABS: readonly AnalysisTab[] = ["dashboard", "heatmap", "trends", "campaign"];

/** Where each tab leads; the campaign view opens on the open cycle unless told otherwise. */
export type AnalysisTabHrefs = Record<Exclude<AnalysisTab, "campaign">, string> & { campaign?: string };

/** The analysis section's pages, each link keeping the cycle, region and counting choice. */
export function AnalysisTabs({ current, hrefs }: { current: AnalysisTab; hrefs: AnalysisTabHrefs }) {
  const t = useTranslations("analysis.shared.tabs");
  return (
    <nav aria-label={t("label")} className="border-b border-line">
      <ul className="-mb-px flex gap-1">
        {TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={hrefs[tab] ?? "/analysis/campaign"}
              aria-current={tab === current ? "page" : undefined}
              className={`block border-b-2 px-4 py-2 text-sm font-semibold no-underline ${
                tab === current
                  ? "border-brand-700 text-brand-800"
                  : "border-transparent text-muted hover:border-line hover:text-ink"
              }`}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
