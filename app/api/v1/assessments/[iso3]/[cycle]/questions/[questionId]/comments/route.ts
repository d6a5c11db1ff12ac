import { NextResponse } from "next/server";
import { requestOrigin } from "@/lib/api/origin";
import { commentRequestSchema } from "@/lib/team/team.validation";
import { answerParamsSchema } from "@/lib/validation/review.validation";
import { addComment, assertThreadOpen, listComments } from "@/server/comments";
import { parseParams, readJsonBody, route } from "../../../../../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { iso3, cycle, questionId } = parseParams(params, answerParamsSchema, locale);
  return listComments(actor, iso3, cycle, questionId);
});

export const POST = route({ auth: true }, async ({ request, params, actor, locale }) => {
  const { iso3, cycle, questionId } = parseParams(params, answerParamsSchema, locale);
  // Who may not read the thread hears so before the body is read.
  await assertThreadOpen(actor, iso3, cycle, questionId);
  const input = await readJsonBody(request, commentRequestSchema);
  const comment = await addComment(actor, iso3, cycle, questionId, input, {
    locale,
    requestOrigin: requestOrigin(request.headers, request.url),
  });
  return NextResponse.json(comment, { status: 201 });
});
