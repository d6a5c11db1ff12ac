import { NextResponse } from "next/server";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { requestOrigin } from "@/lib/api/origin";
import { assignmentRequestSchema } from "@/lib/team/team.validation";
import { assertCanManageTeam } from "@/server/access";
import { assignQuestions, listAssignments } from "@/server/team";
import { parseParams, readJsonBody, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  return listAssignments(actor, iso3, cycle);
});

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
  // Who may not share out the work hears so before the body is read.
  assertCanManageTeam(actor, iso3);
  const input = await readJsonBody(request, assignmentRequestSchema);
  const assignments = await assignQuestions(actor, iso3, cycle, input, {
    locale,
    requestOrigin: requestOrigin(request.headers, request.url),
  });
  return NextResponse.json(assignments, { status: 201 });
});
