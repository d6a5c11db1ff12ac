import { NextResponse } from "next/server";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { uploadFieldsSchema } from "@/lib/evidence/evidence.validation";
import { appError, parseOrThrow } from "@/lib/errors";
import { assertCanAttachDocuments, uploadDocument } from "@/server/evidence";
import { documentTooLarge, MAX_UPLOAD_REQUEST_BYTES, receiveUpload } from "@/server/evidence-upload";
import { parseParams, route } from "../../../../../_lib/route";

export const dynamic = "force-dynamic";

// Uploads have their own limit (20 MB a file), declared or counted as the body streams in.
export const POST = route(
  { auth: true, bodyLimit: { bytes: MAX_UPLOAD_REQUEST_BYTES, refusal: documentTooLarge } },
  async ({ request, params, actor, locale }) => {
    const { iso3, cycle } = parseParams(params, assessmentParamsSchema, locale);
    await assertCanAttachDocuments(actor, iso3, cycle); // refused before the body is read
    const upload = await receiveUpload(request);
    try {
      const fields = parseOrThrow(
        uploadFieldsSchema,
        upload.fields,
        "validation.upload",
        locale,
        "validation.upload_fields",
      );
      if (!upload.file) throw appError("validation.file_required");
      const { id, questionId, title, mediaType, size, sha256, confidentiality } = await uploadDocument(
        actor,
        iso3,
        cycle,
        fields,
        upload.file,
      );
      return NextResponse.json(
        { id, questionId, title, mediaType, size, sha256, confidentiality },
        { status: 201, headers: { Location: `/api/v1/evidence/${id}` } },
      );
    } finally {
      await upload.dispose();
    }
  },
);
