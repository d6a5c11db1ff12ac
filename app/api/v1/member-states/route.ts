import { listMemberStates } from "@/server/member-states";
import { memberStatesQuerySchema } from "@/lib/api/member-states.validation";
import { parseQuery, route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route(async ({ request }) => {
  const { region } = parseQuery(request, memberStatesQuerySchema);
  return listMemberStates({ region });
});
