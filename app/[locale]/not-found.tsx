import { useTranslations } from "next-intl";
import { NoticePanel } from "@/app/_components/notice-panel";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <NoticePanel title={t("title")} action={{ href: "/", label: t("home") }}>
      {t("text")}
    </NoticePanel>
  );
}
