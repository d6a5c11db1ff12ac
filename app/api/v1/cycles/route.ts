import { listCycles } from "@/server/cycles";
import { route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route(async () => listCycles());
