import { assertPlanReadable } from "@/server/plans";
import { planParamsSchema } from "@/lib/plan/plan.validation";
import { internalOrigin } from "../../../_lib/internal-origin";
import { demoWatermark, pdfDownload, renderPagePdf } from "../../../_lib/page-pdf";
import { getTranslations } from "next-intl/server";
import { directionOf } from "@/lib/i18n/locales";
import { pdfQuerySchema } from "@/lib/i18n/pdf";
import { memberStateName } from "@/lib/reference";
import { parseParams, route } from "../../../api/_lib/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The action plan as an A4 PDF a minister can sign: the plan page printed with
 * the requester's own cookies, after the same authorization check the page makes.
 */
export const GET = route(
  { auth: true, query: pdfQuerySchema },
  async ({ request, params, query: { locale }, actor, locale: readerLocale }) => {
    const { iso3 } = parseParams(params, planParamsSchema, readerLocale);
    await assertPlanReadable(actor, iso3);
    const t = await getTranslations({ locale, namespace: "common.pdf" });
    const pdf = await renderPagePdf({
      url: `${internalOrigin()}/${locale}/states/${iso3}/plan`,
      cookie: request.headers.get("cookie"),
      footer: t("actionPlan", { state: memberStateName(iso3, locale) }),
      pageOf: t("pageOf", { page: "{page}", total: "{total}" }),
      dir: directionOf(locale),
      watermark: await demoWatermark(locale),
      ready: async (page) => {
        await page.waitForSelector("[data-testid=plan]");
      },
    });
    return pdfDownload(pdf, `res45-${iso3}-action-plan.pdf`);
  },
);
