import { NextResponse } from "next/server";
import { listMemberStates } from "@/db/queries/member-states";
import { memberStatesQuerySchema } from "@/lib/api/member-states.validation";
import { parseQuery } from "../../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request, memberStatesQuerySchema);
  if (!query.ok) return query.response;
  return NextResponse.json(await listMemberStates({ region: query.data.region }));
}
