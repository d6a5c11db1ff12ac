import { NextResponse } from "next/server";
import { frameworkQuerySchema } from "@/lib/api/framework.validation";
import { CURRENT_FRAMEWORK, getFramework, withPoints } from "@/lib/framework";
import { parseQuery, route } from "../../_lib/route";

export const GET = route(async ({ request }) => {
  const { version } = parseQuery(request, frameworkQuerySchema);
  const chosen = version ? getFramework(version)! : CURRENT_FRAMEWORK;
  // Every question with its points; v1 does not store them, so they are derived from its weights.
  const framework = chosen.questions.every((q) => q.points !== undefined) ? chosen : withPoints(chosen);
  return NextResponse.json(framework, { headers: { "Cache-Control": "public, max-age=300" } });
});
