import { useTranslations } from "next-intl";
import { Link } from "../_i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("common.footer");
  return (
    <footer className="mt-auto border-t border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-6 py-5 text-xs text-muted">
        <p>{t("about")}</p>
        <p>
          <Link href="/api-docs">{t("apiDocs")}</Link> · <Link href="/framework">{t("methodology")}</Link>
        </p>
      </div>
    </footer>
  );
}
