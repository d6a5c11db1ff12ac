import { useTranslations } from "next-intl";
import { NoticePanel } from "@/app/_components/notice-panel";

/** What a focal point sees on an analysis page: it compares other states, so it is for BDT only (403). */
export function AnalystsOnly() {
  const t = useTranslations("analysis.shared.analystsOnly");
  return (
    <NoticePanel title={t("title")} action={{ href: "/results", label: t("action") }}>
      <p>{t("text")}</p>
    </NoticePanel>
  );
}
