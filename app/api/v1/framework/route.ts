import { NextResponse } from "next/server";
import { frameworkQuerySchema } from "@/lib/api/framework.validation";
import { CURRENT_FRAMEWORK, getFramework } from "@/lib/framework";
import { parseQuery } from "../../_lib/http";

export async function GET(request: Request) {
  const query = parseQuery(request, frameworkQuerySchema);
  if (!query.ok) return query.response;
  const framework = query.data.version ? getFramework(query.data.version)! : CURRENT_FRAMEWORK;
  return NextResponse.json(framework, { headers: { "Cache-Control": "public, max-age=300" } });
}
