import { listPublishedCycles } from "@/server/publication";
import { route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route(async () => listPublishedCycles());
