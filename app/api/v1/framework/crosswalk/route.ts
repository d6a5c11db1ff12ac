import { NextResponse } from "next/server";
import { crosswalkResponse } from "@/lib/api/crosswalk";
import { crosswalkQuerySchema } from "@/lib/api/framework.validation";
import { route } from "../../../_lib/route";

export const GET = route({ query: crosswalkQuerySchema }, async ({ query }) =>
  NextResponse.json(crosswalkResponse(query), { headers: { "Cache-Control": "public, max-age=300" } }),
);
