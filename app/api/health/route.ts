import { NextResponse } from "next/server";
import { checkDatabase } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  if (!result.ok) {
    return NextResponse.json({ status: "unavailable", error: `Database: ${result.error}` }, { status: 503 });
  }
  return NextResponse.json({ status: "ok", database: result.kind });
}
