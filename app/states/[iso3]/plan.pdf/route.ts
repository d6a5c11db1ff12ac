import { getPlan } from "@/db/queries/plans";
import { planParamsSchema } from "@/lib/plan/plan.validation";
import { internalOrigin } from "../../../_lib/internal-origin";
import { renderPagePdf } from "../../../_lib/page-pdf";
import { parseParams, route } from "../../../api/_lib/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The action plan as an A4 PDF a minister can sign: the plan page printed with
 * the requester's own cookies, after the same authorization check the page makes.
 */
export const GET = route({ auth: true }, async ({ request, params, actor }) => {
  const { iso3 } = parseParams(params, planParamsSchema);
  const plan = await getPlan(actor, iso3);
  const pdf = await renderPagePdf({
    url: `${internalOrigin()}/states/${iso3}/plan`,
    cookie: request.headers.get("cookie"),
    footer: `Res45 Readiness · Action plan · ${plan.state.name}`,
    ready: async (page) => {
      await page.waitForSelector("[data-testid=plan]");
    },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="res45-${iso3}-action-plan.pdf"`,
      "content-length": String(pdf.length),
      "cache-control": "private, no-store",
    },
  });
});
