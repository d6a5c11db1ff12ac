import { NextResponse } from "next/server";
import { frameworkQuerySchema } from "@/lib/api/framework.validation";
import { CURRENT_FRAMEWORK, getFramework, withPoints } from "@/lib/framework";
import { route } from "../../_lib/route";

export const GET = route({ query: frameworkQuerySchema }, async ({ query: { version } }) => {
  // Every question with its points (v1 does not store them: they follow from its weights, as v2's do).
  const framework = withPoints(version ? getFramework(version)! : CURRENT_FRAMEWORK);
  return NextResponse.json(framework, { headers: { "Cache-Control": "public, max-age=300" } });
});
