import { NoticePanel } from "@/app/_components/notice-panel";

/** What a focal point sees on an analysis page: it compares other states, so it is for BDT only (403). */
export function AnalystsOnly() {
  return (
    <NoticePanel title="Analysis is for BDT staff" action={{ href: "/results", label: "See your own results" }}>
      <p>
        Only BDT analysts and administrators compare Member States and regions (403 Forbidden). Your Member State&apos;s
        scores, gaps and next steps are on your results page.
      </p>
    </NoticePanel>
  );
}
