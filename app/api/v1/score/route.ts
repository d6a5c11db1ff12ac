import { NextResponse } from "next/server";
import { scoreRequest } from "@/lib/api/score";
import { errorResponse, readJsonBody } from "../../_lib/route";
import { z } from "zod";

export async function POST(request: Request) {
  try {
    const body = await readJsonBody(request, z.unknown());
    const result = scoreRequest(body);
    return result.ok ? NextResponse.json(result.data) : NextResponse.json(result.error, { status: 400 });
  } catch (error) {
    return errorResponse(error);
  }
}
