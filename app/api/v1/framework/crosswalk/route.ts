import { NextResponse } from "next/server";
import { crosswalkResponse } from "@/lib/api/crosswalk";
import { crosswalkQuerySchema } from "@/lib/api/framework.validation";
import { parseQuery, route } from "../../../_lib/route";

export const GET = route(async ({ request }) =>
  NextResponse.json(crosswalkResponse(parseQuery(request, crosswalkQuerySchema)), {
    headers: { "Cache-Control": "public, max-age=300" },
  }),
);
