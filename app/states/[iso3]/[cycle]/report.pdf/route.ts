import type { Page } from "playwright-core";
import { getResults } from "@/server/results";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { internalOrigin } from "../../../../_lib/internal-origin";
import { demoWatermark, pdfDownload, renderPagePdf } from "../../../../_lib/page-pdf";
import { getTranslations } from "next-intl/server";
import { directionOf } from "@/lib/i18n/locales";
import { pdfQuerySchema } from "@/lib/i18n/pdf";
import { memberStateName } from "@/lib/reference";
import { parseParams, route } from "../../../../api/_lib/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The charts are drawn in the browser: wait until each one has its SVG at a real size. */
async function chartsDrawn(page: Page) {
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll("[data-chart]")];
    return (
      charts.length > 0 &&
      charts.every((chart) => {
        const svg = chart.querySelector("svg.recharts-surface");
        return svg !== null && svg.getBoundingClientRect().width > 0;
      })
    );
  });
}

/**
 * The country report: the results page printed to an A4 PDF. Authorization is
 * checked here first, with the same function the page uses, so a request that
 * may not read the results gets its 401, 403 or 404 without a browser starting;
 * the page is then opened with the requester's own cookies.
 */
export const GET = route(
  { auth: true, query: pdfQuerySchema },
  async ({ request, params, query: { locale }, actor, locale: readerLocale }) => {
    const { iso3, cycle } = parseParams(params, assessmentParamsSchema, readerLocale);
    await getResults(actor, iso3, cycle); // its authorization check, before a browser starts
    const t = await getTranslations({ locale, namespace: "common.pdf" });
    const pdf = await renderPagePdf({
      url: `${internalOrigin()}/${locale}/states/${iso3}/${cycle}`,
      cookie: request.headers.get("cookie"),
      footer: t("countryReport", { state: memberStateName(iso3, locale), cycle }),
      pageOf: t("pageOf", { page: "{page}", total: "{total}" }),
      dir: directionOf(locale),
      watermark: await demoWatermark(locale),
      ready: chartsDrawn,
    });
    return pdfDownload(pdf, `res45-${iso3}-${cycle}.pdf`);
  },
);
