import { listPublicationSettings } from "@/server/publication";
import { route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ actor }) => listPublicationSettings(actor));
