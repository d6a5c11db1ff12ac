import { z } from "zod";
import { scoreRequest } from "@/lib/api/score";
import { readJsonBody, route } from "../../_lib/route";

// scoreRequest validates against the schema and then against the framework it names, reporting both at once.
export const POST = route(async ({ request, locale }) =>
  scoreRequest(await readJsonBody(request, z.unknown()), locale),
);
