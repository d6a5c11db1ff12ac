import { NextResponse } from "next/server";
import { getInbox } from "@/server/notifications";
import { route } from "../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ actor, locale }) => NextResponse.json(await getInbox(actor, locale)));
