import { getTranslations } from "next-intl/server";
import { hasDemoData } from "@/server/demo-data";

/**
 * Says, on every page that shows scores, that they come from the generated demo data set (when the database
 * holds it), so that a screenshot or a printout cannot be taken for a finding about a Member State. In print
 * the words also stand across every page as a watermark (Chromium repeats fixed elements on each page).
 */
export async function DemoDataNotice() {
  if (!(await hasDemoData())) return null;
  const t = await getTranslations("common.demoData");
  return (
    <>
      <p
        role="note"
        data-testid="demo-data-notice"
        className="max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-warn print:bg-transparent"
      >
        {t.rich("notice", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </p>
      <div
        aria-hidden="true"
        data-testid="demo-watermark"
        className="pointer-events-none fixed inset-0 z-50 hidden items-center justify-center print:flex"
      >
        <span className="-rotate-30 text-7xl font-bold whitespace-nowrap text-red-700/15 uppercase">
          {t("watermark")}
        </span>
      </div>
    </>
  );
}
