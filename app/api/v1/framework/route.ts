import { NextResponse } from "next/server";
import { frameworkQuerySchema } from "@/lib/api/framework.validation";
import { CURRENT_FRAMEWORK, getFramework } from "@/lib/framework";
import { route } from "../../_lib/route";

export const GET = route({ query: frameworkQuerySchema }, async ({ query: { version } }) => {
  const framework = version ? getFramework(version)! : CURRENT_FRAMEWORK;
  return NextResponse.json(framework, { headers: { "Cache-Control": "public, max-age=300" } });
});
