import { listMemberStates } from "@/server/member-states";
import { memberStatesQuerySchema } from "@/lib/api/member-states.validation";
import { route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ query: memberStatesQuerySchema }, async ({ query: { region } }) =>
  listMemberStates({ region }),
);
