import { useTranslations } from "next-intl";
import { NoticePanel } from "@/app/_components/notice-panel";

/** In place of the analysis and the review queue before an administrator opens the first cycle. */
export function NoCycle() {
  const t = useTranslations("analysis.shared.noCycle");
  return <NoticePanel title={t("title")}>{t("text")}</NoticePanel>;
}
