import type { ReactNode } from "react";
import { AnalysisTabs, type AnalysisTab, type AnalysisTabHrefs } from "./analysis-tabs";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";

export function AnalysisHeader({
  eyebrow,
  title,
  children,
  tab,
  tabHrefs,
}: {
  eyebrow: string;
  title: string;
  children: ReactNode;
  tab: AnalysisTab;
  tabHrefs: AnalysisTabHrefs;
}) {
  return (
    <header className="space-y-4">
      <div className="space-y-2">
        <p className="eyebrow">{eyebrow}</p>
        <h1 className="text-display font-bold">{title}</h1>
        <div className="max-w-3xl text-muted">{children}</div>
      </div>
      <DemoDataNotice />
      <AnalysisTabs current={tab} hrefs={tabHrefs} />
    </header>
  );
}
