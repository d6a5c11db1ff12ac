import { listPublicationSettings, setPublicationDate } from "@/server/publication";
import { cycleParamsSchema } from "@/lib/api/analysis.validation";
import { publicationInputSchema } from "@/lib/api/publication.validation";
import { assertCanSetPublication } from "@/server/access";
import { parseParams, readJsonBody, route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const PATCH = route({ auth: true }, async ({ request, params, actor, locale }) => {
  assertCanSetPublication(actor); // refused before the body is read
  const { cycle } = parseParams(params, cycleParamsSchema, locale);
  const input = await readJsonBody(request, publicationInputSchema);
  await setPublicationDate(actor, cycle, input);
  return (await listPublicationSettings(actor)).find((c) => c.cycle === cycle)!;
});
