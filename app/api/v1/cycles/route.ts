import { NextResponse } from "next/server";
import { listCycles } from "@/server/cycles";

export const dynamic = "force-dynamic";

export async function GET() {
  return NextResponse.json(await listCycles());
}
