import { NextResponse } from "next/server";
import { runRemindersNow } from "@/server/reminders";
import { route } from "../../../../_lib/route";

export const dynamic = "force-dynamic";

export const POST = route({ auth: true }, async ({ actor }) => NextResponse.json(await runRemindersNow(actor)));
