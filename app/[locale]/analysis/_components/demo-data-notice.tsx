import { useTranslations } from "next-intl";

/** Shown on every analysis page while the database holds the generated demo data set. */
export function DemoDataNotice() {
  const t = useTranslations("analysis.shared");
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-warn">
      {t.rich("demoData", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
    </p>
  );
}
