import { NextResponse } from "next/server";
import { checkDatabase } from "@/server/health";
import { route } from "../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const result = await checkDatabase();
  if (!result.ok) {
    return NextResponse.json({ status: "unavailable", error: `Database: ${result.error}` }, { status: 503 });
  }
  return { status: "ok", database: result.kind };
});
