import { getTranslations } from "next-intl/server";
import { readPublicProfile } from "@/server/publication";
import { publicProfileParamsSchema } from "@/lib/api/publication.validation";
import { directionOf } from "@/lib/i18n/locales";
import { pdfQuerySchema } from "@/lib/i18n/pdf";
import { memberStateName } from "@/lib/reference";
import { internalOrigin } from "../../../_lib/internal-origin";
import { demoWatermark, renderPagePdf } from "../../../_lib/page-pdf";
import { parseParams, route } from "../../../api/_lib/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The printable country profile: the public profile page printed to an A4 PDF, as the results report is
 * (app/_lib/page-pdf.ts), without any cookie. A state with nothing published is a 404 before a browser starts.
 */
export const GET = route({ query: pdfQuerySchema }, async ({ params, query: { locale }, locale: readerLocale }) => {
  const { iso3 } = parseParams(params, publicProfileParamsSchema, readerLocale);
  const { value } = await readPublicProfile(iso3);
  const t = await getTranslations({ locale, namespace: "common.pdf" });
  const pdf = await renderPagePdf({
    url: `${internalOrigin()}/${locale}/profiles/${iso3}`,
    cookie: null,
    footer: t("countryReport", { state: memberStateName(iso3, locale), cycle: value.latest.cycle }),
    pageOf: t("pageOf", { page: "{page}", total: "{total}" }),
    dir: directionOf(locale),
    watermark: await demoWatermark(locale),
    ready: async () => undefined,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="res45-profile-${iso3}-${value.latest.cycle}.pdf"`,
      "content-length": String(pdf.length),
      "cache-control": "public, no-cache",
    },
  });
});
