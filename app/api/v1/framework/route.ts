import { NextResponse } from "next/server";
import { frameworkQuerySchema } from "@/lib/api/framework.validation";
import { CURRENT_FRAMEWORK, getFramework } from "@/lib/framework";
import { parseQuery, route } from "../../_lib/route";

export const GET = route(async ({ request }) => {
  const { version } = parseQuery(request, frameworkQuerySchema);
  const framework = version ? getFramework(version)! : CURRENT_FRAMEWORK;
  return NextResponse.json(framework, { headers: { "Cache-Control": "public, max-age=300" } });
});
