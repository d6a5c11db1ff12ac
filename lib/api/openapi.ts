import { z } from "zod";
import { accountParamsSchema } from "../admin/accounts.validation";
import { invitationRequestSchema } from "../admin/invitations.validation";
import {
  deadlineRequestSchema,
  markReadSchema,
  notificationSettingsSchema,
  reminderRequestSchema,
} from "../notifications/notifications.validation";
import {
  campaignSchema,
  cycleDeadlineSchema,
  inboxSchema,
  markedReadSchema,
  notificationSettingsResponseSchema,
  reminderRunSchema,
  remindersQueuedSchema,
  stateDeadlineSchema,
} from "../notifications/responses";
import { answersPatchSchema, scoreRequestSchema } from "../assessment/answers.validation";
import { assessmentFileSchema } from "../assessment/exchange";
import { comparisonQuerySchema, cycleParamsSchema } from "./analysis.validation";
import { assessmentParamsSchema, returnRequestSchema } from "./assessments.validation";
import {
  actionParamsSchema,
  actionPatchSchema,
  newActionSchema,
  planParamsSchema,
  planQuerySchema,
} from "../plan/plan.validation";
import { documentParamsSchema, uploadFieldsSchema } from "../evidence/evidence.validation";
import { DOCUMENT_KINDS, MAX_ASSESSMENT_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES, megabytes } from "../evidence/kinds";
import { answerParamsSchema, reviewReplySchema, reviewRequestSchema } from "../validation/review.validation";
import { assignmentRequestSchema, commentRequestSchema } from "../team/team.validation";
import { crosswalkQuerySchema, frameworkQuerySchema } from "./framework.validation";
import { memberStateSchema, memberStatesQuerySchema } from "./member-states.validation";
import { apiTokenParamsSchema, newApiTokenSchema } from "../auth/api-token.validation";
import { consentInputSchema, publicationInputSchema, publicProfileParamsSchema } from "./publication.validation";
import {
  apiTokenSchema,
  assessmentSchema,
  auditEntrySchema,
  linkCheckSchema,
  backupFileSchema,
  createdApiTokenSchema,
  crosswalkResponseSchema,
  consentSchema,
  cycleSchema,
  errorResponseSchema,
  publicCycleSchema,
  publicProfileSchema,
  publicationSettingSchema,
  healthSchema,
  uploadedDocumentSchema,
  planActionSchema,
  regionFiguresSchema,
  reviewsSchema,
  assignmentsSchema,
  questionCommentSchema,
  scoreResultSchema,
  sentInvitationSchema,
  stateScoresSchema,
} from "./responses";

/**
 * The API's documentation, generated from the zod schemas the endpoints
 * validate with (and the response schemas the tests parse responses with).
 */
type Access =
  | "public"
  | "signed-in"
  | "focal point of the state"
  | "analyst or admin"
  | "admin"
  | "admin, or a focal point for their own state"
  | "focal point or contributor of the state"
  | "the state's people; analyst or admin once shared";

interface Endpoint {
  /**
   * The name a generated client gives the call (openapi-fetch, openapi-generator): a verb and what it acts
   * on, camelCase, unique across the document (a unit test checks both).
   */
  operationId: string;
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A multipart/form-data upload: these text fields and one binary part `file` (its own size limit). */
  upload?: { fields: z.ZodObject; maxFileBytes: number };
  responses: Record<number, { description: string; schema?: z.ZodType; mediaType?: string }>;
  /** Only with a browser session, not with an API token (a token cannot mint tokens). */
  sessionOnly?: boolean;
}

/**
 * No licence has been chosen for the API yet; the document says so rather than invent one. The
 * SPDX identifier is a custom reference (`LicenseRef-`), as SPDX allows for terms not in its list;
 * replace both when the owner decides the licence.
 */
const API_LICENSE = {
  name: "Proprietary: all rights reserved (no licence granted yet)",
  identifier: "LicenseRef-Proprietary",
};

const common = {
  400: { description: "Invalid input: the message names each problem", schema: errorResponseSchema },
  401: {
    description: "Not signed in, or an API token that is unknown, revoked or expired",
    schema: errorResponseSchema,
  },
  403: {
    description:
      "Signed in, but not allowed to see or change this (or a read-only API token on a call that changes data)",
    schema: errorResponseSchema,
  },
  404: { description: "No such Member State or cycle", schema: errorResponseSchema },
};
/** The cycle reads that carry an ETag (the cycle's change stamp, per what the reader may see). */
const notModified = {
  304: {
    description:
      "Not modified: If-None-Match named the current ETag (checked after access: whoever may not read gets 401/403)",
  },
};
const conflict = {
  409: {
    description:
      "Stale version (with currentVersion), closed cycle, or an assessment that no longer accepts the change",
    schema: errorResponseSchema,
  },
};
/** Every endpoint that reads a body; the others refuse a body declared over 1 MB with 413 too. */
const bodyErrors = {
  413: { description: "Body over 1 MB", schema: errorResponseSchema },
  415: { description: "Body not sent as Content-Type: application/json", schema: errorResponseSchema },
};
/** Token management needs a browser session: a token asking is refused. */
const tokenRefusal = {
  description: "Asked with an API token (forbidden.session_required, or forbidden.token_read_only)",
  schema: errorResponseSchema,
};
const assessmentPath = "/api/v1/assessments/{iso3}/{cycle}";
const ACCEPTED_KINDS = Object.values(DOCUMENT_KINDS)
  .map((k) => k.label)
  .join(", ");
const planActionsPath = "/api/v1/plans/{iso3}/actions";

export const ENDPOINTS: Endpoint[] = [
  {
    operationId: "getHealth",
    method: "get",
    path: "/api/health",
    tag: "Service",
    summary: "Whether the service and its database answer",
    access: "public",
    responses: {
      200: { description: "Healthy", schema: healthSchema },
      503: { description: "The database does not answer", schema: errorResponseSchema },
    },
  },
  {
    operationId: "listMemberStates",
    method: "get",
    path: "/api/v1/member-states",
    tag: "Reference",
    summary: "The 193 ITU Member States, optionally of one BDT region",
    access: "public",
    query: memberStatesQuerySchema,
    responses: {
      200: { description: "Member States by English name", schema: z.array(memberStateSchema) },
      400: common[400],
    },
  },
  {
    operationId: "listCycles",
    method: "get",
    path: "/api/v1/cycles",
    tag: "Reference",
    summary: "Assessment cycles, newest first",
    access: "public",
    responses: { 200: { description: "Cycles", schema: z.array(cycleSchema) } },
  },
  {
    operationId: "getFramework",
    method: "get",
    path: "/api/v1/framework",
    tag: "Questionnaire",
    summary: "The questionnaire (current version, or ?version=)",
    access: "public",
    query: frameworkQuerySchema,
    responses: {
      200: {
        description:
          "The framework: pillars, outcomes, tiers, indicator groups and questions, each question with its points (its most to the overall score, out of 100)",
      },
      400: common[400],
    },
  },
  {
    operationId: "getFrameworkCrosswalk",
    method: "get",
    path: "/api/v1/framework/crosswalk",
    tag: "Questionnaire",
    summary:
      "The crosswalk between two questionnaire versions (e.g. ?from=res45-ba2017-v1&to=res45-ba2017-v2): for each question of `to`, the question of `from` it continues, or null",
    access: "public",
    query: crosswalkQuerySchema,
    responses: {
      200: { description: "One entry per question of `to`, in its order", schema: crosswalkResponseSchema },
      400: common[400],
      404: {
        description: "No such questionnaire version, or no crosswalk between the two",
        schema: errorResponseSchema,
      },
    },
  },
  {
    operationId: "scoreAnswers",
    method: "post",
    path: "/api/v1/score",
    tag: "Questionnaire",
    summary: "Scores a set of answers by the published rule",
    access: "public",
    body: scoreRequestSchema,
    responses: {
      200: { description: "Scores", schema: scoreResultSchema },
      400: common[400],
      ...bodyErrors,
    },
  },
  {
    operationId: "getAssessment",
    method: "get",
    path: assessmentPath,
    tag: "Assessments",
    summary: "A Member State's assessment in a cycle",
    access: "signed-in",
    params: assessmentParamsSchema,
    responses: {
      200: {
        description: "The assessment (status not_started and version 0 before the first save)",
        schema: assessmentSchema,
      },
      ...common,
    },
  },
  {
    operationId: "updateAssessmentAnswers",
    method: "patch",
    path: assessmentPath,
    tag: "Assessments",
    summary: "Changes some answers against the version last read (value null clears one)",
    access: "focal point of the state",
    params: assessmentParamsSchema,
    body: answersPatchSchema,
    responses: {
      200: { description: "The updated assessment, version + 1", schema: assessmentSchema },
      ...common,
      ...conflict,
      ...bodyErrors,
    },
  },
  {
    operationId: "submitAssessment",
    method: "post",
    path: `${assessmentPath}/submit`,
    tag: "Assessments",
    summary: "Submits the assessment to BDT (every question answered)",
    access: "focal point of the state",
    params: assessmentParamsSchema,
    responses: { 200: { description: "The submitted assessment", schema: assessmentSchema }, ...common, ...conflict },
  },
  {
    operationId: "returnAssessment",
    method: "post",
    path: `${assessmentPath}/return`,
    tag: "Review",
    summary: "Returns a submitted assessment with comments on questions",
    access: "analyst or admin",
    params: assessmentParamsSchema,
    body: returnRequestSchema,
    responses: {
      200: { description: "The returned assessment", schema: assessmentSchema },
      ...common,
      ...conflict,
      ...bodyErrors,
    },
  },
  {
    operationId: "validateAssessment",
    method: "post",
    path: `${assessmentPath}/validate`,
    tag: "Review",
    summary:
      "Validates a submitted assessment once no query or proposal is open; answers never queried are accepted, and the validated score is stored beside the self-assessed one",
    access: "analyst or admin",
    params: assessmentParamsSchema,
    responses: {
      200: { description: "The validated assessment (validatedScores set)", schema: assessmentSchema },
      ...common,
      409: {
        description:
          "Not submitted, stale, or `conflict.open_queries` while queries or proposals are open: `questionIds` lists the answers it waits for",
        schema: errorResponseSchema.extend({ questionIds: z.array(z.string()).optional() }),
      },
    },
  },
  {
    operationId: "listAssignments",
    method: "get",
    path: `${assessmentPath}/assignments`,
    tag: "Team",
    summary: "The questions the state's focal points gave to contributors, with due dates",
    access: "focal point or contributor of the state",
    params: assessmentParamsSchema,
    responses: { 200: { description: "Every assignment, by question", schema: assignmentsSchema }, ...common },
  },
  {
    operationId: "assignQuestions",
    method: "post",
    path: `${assessmentPath}/assignments`,
    tag: "Team",
    summary:
      "Gives questions, or whole indicator groups (their ids), to a contributor of the state, with an optional due date (YYYY-MM-DD). One person per question: a question someone else had moves. The contributor is told by e-mail; each change is in the audit trail. Starts the draft if nobody has answered yet.",
    access: "focal point of the state",
    params: assessmentParamsSchema,
    body: assignmentRequestSchema,
    responses: {
      201: { description: "Every assignment after the change", schema: assignmentsSchema },
      ...common,
      409: { description: "The cycle is closed or the assessment is submitted", schema: errorResponseSchema },
      ...bodyErrors,
    },
  },
  {
    operationId: "withdrawAssignment",
    method: "delete",
    path: `${assessmentPath}/assignments/{questionId}`,
    tag: "Team",
    summary: "Takes a question back from the contributor it was given to (audit trail)",
    access: "focal point of the state",
    params: answerParamsSchema,
    responses: {
      200: { description: "Every assignment after the change", schema: assignmentsSchema },
      ...common,
    },
  },
  {
    operationId: "listQuestionComments",
    method: "get",
    path: `${assessmentPath}/questions/{questionId}/comments`,
    tag: "Team",
    summary:
      "One question's comment thread, oldest first: the state's people always, BDT once the state has shared (submitted) the assessment",
    access: "the state's people; analyst or admin once shared",
    params: answerParamsSchema,
    responses: {
      200: { description: "The thread", schema: z.array(questionCommentSchema) },
      ...common,
    },
  },
  {
    operationId: "addQuestionComment",
    method: "post",
    path: `${assessmentPath}/questions/{questionId}/comments`,
    tag: "Team",
    summary:
      "Adds a comment (append-only). `@address` mentions a person by e-mail address; each mentioned person who can read the thread is told by e-mail, once.",
    access: "the state's people; analyst or admin once shared",
    params: answerParamsSchema,
    body: commentRequestSchema,
    responses: {
      201: { description: "The comment", schema: questionCommentSchema },
      ...common,
      ...bodyErrors,
    },
  },
  {
    operationId: "listAssessmentReviews",
    method: "get",
    path: `${assessmentPath}/reviews`,
    tag: "Review",
    summary: "The validation dialogue: every answer's review state and its thread",
    access: "signed-in",
    params: assessmentParamsSchema,
    responses: {
      200: { description: "Every question's review, in the questionnaire's order", schema: reviewsSchema },
      ...common,
    },
  },
  {
    operationId: "reviewAnswer",
    method: "post",
    path: `${assessmentPath}/answers/{questionId}/review`,
    tag: "Review",
    summary:
      "BDT's decision on one answer of a submitted assessment: accept, query (comment required) or propose another option (proposedValue, comment required)",
    access: "analyst or admin",
    params: answerParamsSchema,
    body: reviewRequestSchema,
    responses: {
      200: { description: "The dialogue after the decision", schema: reviewsSchema },
      ...common,
      409: {
        description:
          "The assessment is not submitted (`conflict.not_in_review`), or the step does not follow (`conflict.review_step`)",
        schema: errorResponseSchema,
      },
      ...bodyErrors,
    },
  },
  {
    operationId: "replyToAnswerReview",
    method: "post",
    path: `${assessmentPath}/answers/{questionId}/reply`,
    tag: "Review",
    summary:
      "The state's reply on one answer (while submitted or returned): answers a query, contests a proposal, or with acceptProposal: true accepts it (the answer changes: audit record, scores, version + 1)",
    access: "focal point of the state",
    params: answerParamsSchema,
    body: reviewReplySchema,
    responses: {
      200: { description: "The dialogue after the reply", schema: reviewsSchema },
      ...common,
      409: {
        description:
          "Nothing waits for the state's reply on this answer (`conflict.review_step`), or the dialogue is not running",
        schema: errorResponseSchema,
      },
      ...bodyErrors,
    },
  },
  {
    operationId: "listAssessmentAudit",
    method: "get",
    path: `${assessmentPath}/audit`,
    tag: "Assessments",
    summary: "The assessment's change history, newest first",
    access: "signed-in",
    params: assessmentParamsSchema,
    responses: { 200: { description: "Audit entries", schema: z.array(auditEntrySchema) }, ...common },
  },
  {
    operationId: "listAssessmentLinkChecks",
    method: "get",
    path: `${assessmentPath}/link-checks`,
    tag: "Assessments",
    summary:
      "What the link checker last found for each evidence URL of the assessment (URLs not probed yet are left out); readable as the assessment is",
    access: "signed-in",
    params: assessmentParamsSchema,
    responses: { 200: { description: "Link checks", schema: z.array(linkCheckSchema) }, ...common },
  },
  {
    operationId: "exportAssessmentAnswersJson",
    method: "get",
    path: `${assessmentPath}/answers.json`,
    tag: "Assessments",
    summary: 'The answers as an importable JSON file (`"demo": true` on the demo data set)',
    access: "signed-in",
    params: assessmentParamsSchema,
    responses: { 200: { description: "Answers file", schema: assessmentFileSchema }, ...common },
  },
  {
    operationId: "exportAssessmentAnswersCsv",
    method: "get",
    path: `${assessmentPath}/answers.csv`,
    tag: "Assessments",
    summary: "The answers as CSV, one row per question (first line `# Demo data: …` on the demo data set)",
    access: "signed-in",
    params: assessmentParamsSchema,
    responses: { 200: { description: "CSV", mediaType: "text/csv" }, ...common },
  },
  {
    operationId: "importAssessmentAnswers",
    method: "post",
    path: `${assessmentPath}/import`,
    tag: "Assessments",
    summary: "Imports an answers file into the draft: all of it, or nothing with every problem named",
    access: "focal point of the state",
    params: assessmentParamsSchema,
    body: assessmentFileSchema,
    responses: {
      200: { description: "The updated assessment", schema: assessmentSchema },
      ...common,
      ...conflict,
      ...bodyErrors,
    },
  },
  {
    operationId: "uploadEvidence",
    method: "post",
    path: `${assessmentPath}/evidence`,
    tag: "Evidence",
    summary: `Uploads a document that proves one answer (${ACCEPTED_KINDS}, decided by content; at most ${megabytes(MAX_DOCUMENT_BYTES)} MB a file and ${megabytes(MAX_ASSESSMENT_DOCUMENT_BYTES)} MB an assessment), while the answers may change`,
    access: "focal point of the state",
    params: assessmentParamsSchema,
    upload: { fields: uploadFieldsSchema, maxFileBytes: MAX_DOCUMENT_BYTES },
    responses: {
      201: { description: "The stored document", schema: uploadedDocumentSchema },
      ...common,
      ...conflict,
      413: { description: "File over 20 MB, or the assessment's documents over 500 MB", schema: errorResponseSchema },
      415: {
        description:
          "Not multipart/form-data, or a file of a kind not accepted (the code says why: unsupported_media.executable, .svg, .html, .zip_other, .macros, .binary, .empty)",
        schema: errorResponseSchema,
      },
    },
  },
  {
    operationId: "downloadEvidence",
    method: "get",
    path: "/api/v1/evidence/{id}",
    tag: "Evidence",
    summary:
      "A document's bytes as uploaded (Content-Disposition: attachment, X-Content-Type-Options: nosniff, Repr-Digest with its SHA-256)",
    access: "signed-in",
    params: documentParamsSchema,
    responses: {
      200: {
        description: "The document; its Content-Type is the kind decided at upload",
        mediaType: "application/octet-stream",
      },
      ...common,
      403: {
        description: "Another state's document, or BDT before the assessment is submitted",
        schema: errorResponseSchema,
      },
      404: { description: "No such document", schema: errorResponseSchema },
    },
  },
  {
    operationId: "deleteEvidence",
    method: "delete",
    path: "/api/v1/evidence/{id}",
    tag: "Evidence",
    summary: "Deletes a document while its answer may change",
    access: "focal point of the state",
    params: documentParamsSchema,
    responses: {
      204: { description: "Deleted" },
      ...common,
      404: { description: "No such document", schema: errorResponseSchema },
      ...conflict,
    },
  },
  {
    operationId: "listCycleScores",
    method: "get",
    path: "/api/v1/cycles/{cycle}/scores",
    tag: "Analysis",
    summary: "Every state's status and scores in a cycle (Accept: text/csv for CSV)",
    access: "analyst or admin",
    params: cycleParamsSchema,
    responses: {
      200: { description: "Scores per state", schema: z.array(stateScoresSchema) },
      ...notModified,
      ...common,
    },
  },
  {
    operationId: "exportCycleScoresCsv",
    method: "get",
    path: "/api/v1/cycles/{cycle}/scores.csv",
    tag: "Analysis",
    summary: "The same as CSV (first line `# Demo data: …` on the demo data set)",
    access: "analyst or admin",
    params: cycleParamsSchema,
    responses: { 200: { description: "CSV", mediaType: "text/csv" }, ...notModified, ...common },
  },
  {
    operationId: "exportCycleAnswersCsv",
    method: "get",
    path: "/api/v1/cycles/{cycle}/answers.csv",
    tag: "Analysis",
    summary:
      "All answers of a cycle as CSV, one row per state and question (submitted, returned and validated assessments; first line `# Demo data: …` on the demo data set)",
    access: "analyst or admin",
    params: cycleParamsSchema,
    responses: { 200: { description: "CSV", mediaType: "text/csv" }, ...notModified, ...common },
  },
  {
    operationId: "listRegionalAverages",
    method: "get",
    path: "/api/v1/cycles/{cycle}/regions",
    tag: "Analysis",
    summary: "Per BDT region: plain means of the counted states' scores, tiers",
    access: "signed-in",
    params: cycleParamsSchema,
    query: comparisonQuerySchema,
    responses: {
      200: { description: "Figures per region", schema: z.array(regionFiguresSchema) },
      ...notModified,
      ...common,
    },
  },
  {
    operationId: "listPlanActions",
    method: "get",
    path: planActionsPath,
    tag: "Action plans",
    summary: "A Member State's action plan: its actions with their dated history, open ones first",
    access: "signed-in",
    params: planParamsSchema,
    query: planQuerySchema,
    responses: { 200: { description: "The actions", schema: z.array(planActionSchema) }, ...common },
  },
  {
    operationId: "createPlanAction",
    method: "post",
    path: planActionsPath,
    tag: "Action plans",
    summary: "Adds an action that addresses a question of the questionnaire",
    access: "focal point of the state",
    params: planParamsSchema,
    body: newActionSchema,
    responses: {
      201: { description: "The new action", schema: planActionSchema },
      ...common,
      409: { description: "There is no assessment cycle yet", schema: errorResponseSchema },
      413: { description: "Body over 1 MB", schema: errorResponseSchema },
    },
  },
  {
    operationId: "updatePlanAction",
    method: "patch",
    path: `${planActionsPath}/{id}`,
    tag: "Action plans",
    summary: "Changes an action's title, owner, target date, priority or status (against its version)",
    access: "focal point of the state",
    params: actionParamsSchema,
    body: actionPatchSchema,
    responses: {
      200: { description: "The changed action", schema: planActionSchema },
      ...common,
      409: { description: "Stale version (with currentVersion)", schema: errorResponseSchema },
      413: { description: "Body over 1 MB", schema: errorResponseSchema },
    },
  },
  {
    operationId: "exportPlanActionsCsv",
    method: "get",
    path: `${planActionsPath}.csv`,
    tag: "Action plans",
    summary: "The action plan as CSV",
    access: "signed-in",
    params: planParamsSchema,
    query: planQuerySchema,
    responses: { 200: { description: "CSV", mediaType: "text/csv" }, ...common },
  },
  {
    operationId: "getBackup",
    method: "get",
    path: "/api/v1/admin/backup",
    tag: "Administration",
    summary:
      "A backup of the database as JSON (every table but sessions and verification tokens); it holds password hashes, keep it as safe as the database. Restore it with npm run db:restore -- FILE",
    access: "admin",
    responses: {
      200: { description: "The backup file", schema: backupFileSchema },
      401: common[401],
      403: common[403],
    },
  },
  {
    operationId: "resetAccountTwoFactor",
    method: "delete",
    path: "/api/v1/admin/accounts/{id}/two-factor",
    tag: "Administration",
    summary:
      "Removes the lost second factor (authenticator) of another account and ends its sessions; recorded in the accounts' audit trail. The account sets up a new one at its next sign-in",
    access: "admin",
    params: accountParamsSchema,
    responses: {
      204: { description: "Removed" },
      400: common[400],
      401: common[401],
      403: { description: "Not an administrator, or your own account", schema: errorResponseSchema },
      404: { description: "No such account, or it has no second factor", schema: errorResponseSchema },
    },
  },
  {
    operationId: "createInvitation",
    method: "post",
    path: "/api/v1/invitations",
    tag: "Administration",
    summary:
      "Invites a person by e-mail with a role: the message (in `locale`, by default the request's Accept-Language) carries a single-use link, valid 7 days, to choose their own password. Administrators invite anyone; a focal point invites focal points and contributors of their own state. A pending invitation of the same address is replaced.",
    access: "admin, or a focal point for their own state",
    body: invitationRequestSchema,
    responses: {
      201: { description: "The invitation is queued in the outbox", schema: sentInvitationSchema },
      400: { description: "Invalid input, e.g. a focal point without iso3", schema: errorResponseSchema },
      401: common[401],
      403: {
        description: "Not an administrator or focal point; a focal point inviting for another state or another role",
        schema: errorResponseSchema,
      },
      404: { description: "No Member State has this iso3", schema: errorResponseSchema },
      409: {
        description: "An account with this e-mail already exists (conflict.email_taken)",
        schema: errorResponseSchema,
      },
      ...bodyErrors,
    },
  },
  {
    operationId: "listApiTokens",
    method: "get",
    path: "/api/v1/tokens",
    tag: "Account",
    summary: "Your personal API tokens, oldest first (never their secrets)",
    access: "signed-in",
    sessionOnly: true,
    responses: {
      200: { description: "Your tokens", schema: z.array(apiTokenSchema) },
      401: common[401],
      403: tokenRefusal,
    },
  },
  {
    operationId: "createApiToken",
    method: "post",
    path: "/api/v1/tokens",
    tag: "Account",
    summary:
      "Creates a personal API token with your rights: read-only unless `write` is true, for `expiresInDays` (default 90, at most 365). The secret is in this answer only",
    access: "signed-in",
    sessionOnly: true,
    body: newApiTokenSchema,
    responses: {
      201: { description: "The token's id and its secret", schema: createdApiTokenSchema },
      400: common[400],
      401: common[401],
      403: tokenRefusal,
      ...bodyErrors,
    },
  },
  {
    operationId: "revokeApiToken",
    method: "delete",
    path: "/api/v1/tokens/{id}",
    tag: "Account",
    summary: "Revokes one of your tokens: it gets 401 from then on",
    access: "signed-in",
    sessionOnly: true,
    params: apiTokenParamsSchema,
    responses: {
      204: { description: "Revoked" },
      400: common[400],
      401: common[401],
      403: tokenRefusal,
      404: { description: "None of your tokens has this id", schema: errorResponseSchema },
    },
  },
  {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Service",
    summary: "This document",
    access: "public",
    responses: { 200: { description: "OpenAPI 3.1 document" } },
  },
  {
    operationId: "setCycleDeadline",
    method: "patch",
    path: "/api/v1/cycles/{cycle}/deadline",
    tag: "Campaign",
    summary:
      "Sets the cycle's submission deadline (the last day, UTC, to submit), or removes it with null. Reminders go to states that have not submitted on each of REMINDER_DAYS before it",
    access: "admin",
    params: cycleParamsSchema,
    body: deadlineRequestSchema,
    responses: { 200: { description: "The deadline", schema: cycleDeadlineSchema }, ...common, ...bodyErrors },
  },
  {
    operationId: "setStateDeadline",
    method: "patch",
    path: "/api/v1/cycles/{cycle}/deadlines/{iso3}",
    tag: "Campaign",
    summary: "Gives one state its own deadline in the cycle (an extension), or removes it with null",
    access: "analyst or admin",
    params: assessmentParamsSchema,
    body: deadlineRequestSchema,
    responses: { 200: { description: "The state's deadline", schema: stateDeadlineSchema }, ...common, ...bodyErrors },
  },
  {
    operationId: "sendReminders",
    method: "post",
    path: "/api/v1/cycles/{cycle}/reminders",
    tag: "Campaign",
    summary:
      "Sends a reminder now to every focal point of one state (`iso3`), of the states of one region (`region`), or of every state (neither) that has not submitted; past its deadline a state hears that it is overdue. The messages go to the inbox and, for those who want it, to the outbox",
    access: "analyst or admin",
    params: cycleParamsSchema,
    body: reminderRequestSchema,
    responses: {
      202: { description: "The messages are written and queued", schema: remindersQueuedSchema },
      ...common,
      409: {
        description: "The cycle is closed (conflict.cycle_closed) or has no deadline (conflict.no_deadline)",
        schema: errorResponseSchema,
      },
      ...bodyErrors,
    },
  },
  {
    operationId: "listPublicationSettings",
    method: "get",
    path: "/api/v1/publication",
    tag: "Publication",
    summary: "Every cycle's publication date (an embargo until then) and how many states consent",
    access: "analyst or admin",
    responses: { 200: { description: "Per cycle", schema: z.array(publicationSettingSchema) }, ...common },
  },
  {
    operationId: "setPublicationDate",
    method: "patch",
    path: "/api/v1/publication/{cycle}",
    tag: "Publication",
    summary: "Sets a closed cycle's publication date (null withdraws it); logged",
    access: "analyst or admin",
    params: cycleParamsSchema,
    body: publicationInputSchema,
    responses: {
      200: { description: "The cycle's publication", schema: publicationSettingSchema },
      ...common,
      409: { description: "The cycle is still open", schema: errorResponseSchema },
      ...bodyErrors,
    },
  },
  {
    operationId: "runReminders",
    method: "post",
    path: "/api/v1/admin/reminders/run",
    tag: "Campaign",
    summary:
      "Runs the reminders now, as every server does each REMINDER_INTERVAL_MINUTES: each focal point of each state that has not submitted gets the reminder step due (once per step), and each overdue plan action is told once. A second run sends nothing new",
    access: "admin",
    responses: {
      200: { description: "Messages written by this run", schema: reminderRunSchema },
      401: common[401],
      403: common[403],
    },
  },
  {
    operationId: "getCampaign",
    method: "get",
    path: "/api/v1/cycles/{cycle}/campaign",
    tag: "Campaign",
    summary:
      "The campaign: response and submission rates by region (now and by day since the cycle opened), states past their deadline, and each state's last activity",
    access: "analyst or admin",
    params: cycleParamsSchema,
    responses: { 200: { description: "The campaign", schema: campaignSchema }, ...common },
  },
  {
    operationId: "getInbox",
    method: "get",
    path: "/api/v1/notifications",
    tag: "Account",
    summary: "Your in-app messages (newest first, at most 200) in the request's language, and how many are unread",
    access: "signed-in",
    responses: { 200: { description: "Your inbox", schema: inboxSchema }, 401: common[401] },
  },
  {
    operationId: "markNotificationsRead",
    method: "post",
    path: "/api/v1/notifications/read",
    tag: "Account",
    summary:
      "Marks some of your messages read (`ids`), or all of them (`all: true`); other people's ids change nothing",
    access: "signed-in",
    body: markReadSchema,
    responses: {
      200: { description: "How many changed and how many are still unread", schema: markedReadSchema },
      400: common[400],
      401: common[401],
      403: common[403],
      ...bodyErrors,
    },
  },
  {
    operationId: "getNotificationSettings",
    method: "get",
    path: "/api/v1/notifications/settings",
    tag: "Account",
    summary:
      "How you hear of reminders and requests: by e-mail as well as in the inbox, or the inbox only; the e-mails' language",
    access: "signed-in",
    responses: {
      200: { description: "Your settings", schema: notificationSettingsResponseSchema },
      401: common[401],
    },
  },
  {
    operationId: "setNotificationSettings",
    method: "patch",
    path: "/api/v1/notifications/settings",
    tag: "Account",
    summary: "Chooses e-mail and inbox (`email: true`) or the inbox only (`email: false`), and the e-mails' language",
    access: "signed-in",
    body: notificationSettingsSchema,
    responses: {
      200: { description: "Your settings", schema: notificationSettingsResponseSchema },
      400: common[400],
      401: common[401],
      403: common[403],
      ...bodyErrors,
    },
  },
  {
    operationId: "getPublicationConsent",
    method: "get",
    path: "/api/v1/publication/{cycle}/consents/{iso3}",
    tag: "Publication",
    summary: "A state's decision on publishing its validated results of a cycle by name",
    access: "admin, or a focal point for their own state",
    params: assessmentParamsSchema,
    responses: { 200: { description: "The decision", schema: consentSchema }, ...common },
  },
  {
    operationId: "setPublicationConsent",
    method: "patch",
    path: "/api/v1/publication/{cycle}/consents/{iso3}",
    tag: "Publication",
    summary: "Records the state's decision (who and when), until the cycle's publication date; logged",
    access: "focal point of the state",
    params: assessmentParamsSchema,
    body: consentInputSchema,
    responses: {
      200: { description: "The decision", schema: consentSchema },
      ...common,
      409: { description: "The cycle is already published", schema: errorResponseSchema },
      ...bodyErrors,
    },
  },
  {
    operationId: "listPublishedCycles",
    method: "get",
    path: "/api/v1/public/cycles",
    tag: "Open data",
    summary: "The cycles whose results are published, newest first",
    access: "public",
    responses: { 200: { description: "Years", schema: z.array(z.number().int()) } },
  },
  {
    operationId: "getPublicCycleScores",
    method: "get",
    path: "/api/v1/public/cycles/{cycle}/scores",
    tag: "Open data",
    summary:
      "A published cycle's validated scores of the states that consented, public regional averages, the licence and the methodology version (Accept: text/csv for CSV)",
    access: "public",
    params: cycleParamsSchema,
    responses: {
      200: { description: "The cycle's open data", schema: publicCycleSchema },
      ...notModified,
      400: common[400],
      404: { description: "Not published (before its date, or never)", schema: errorResponseSchema },
    },
  },
  {
    operationId: "exportPublicCycleScoresCsv",
    method: "get",
    path: "/api/v1/public/cycles/{cycle}/scores.csv",
    tag: "Open data",
    summary: "The same states' scores as CSV, the licence and methodology in its first lines",
    access: "public",
    params: cycleParamsSchema,
    responses: {
      200: { description: "CSV", mediaType: "text/csv" },
      ...notModified,
      400: common[400],
      404: { description: "Not published (before its date, or never)", schema: errorResponseSchema },
    },
  },
  {
    operationId: "getPublicProfile",
    method: "get",
    path: "/api/v1/public/profiles/{iso3}",
    tag: "Open data",
    summary: "A state's public profile: its published results in every published cycle it consented for",
    access: "public",
    params: publicProfileParamsSchema,
    responses: {
      200: { description: "The profile", schema: publicProfileSchema },
      ...notModified,
      400: common[400],
      404: { description: "Nothing of the state is published", schema: errorResponseSchema },
    },
  },
];
function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = jsonSchema(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function uploadBody({ fields, maxFileBytes }: NonNullable<Endpoint["upload"]>) {
  const schema = jsonSchema(fields, "input") as { properties?: Record<string, object>; required?: string[] };
  const file = { type: "string", format: "binary", maxLength: maxFileBytes, description: "The document" };
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: {
          ...schema,
          properties: { file, ...schema.properties },
          required: ["file", ...(schema.required ?? [])],
        },
      },
    },
  };
}

/**
 * Every refusal has one shape, declared once under components and referred to: clients get one
 * `Error` type, and the document stays small (the code enum lists every code of the catalogue).
 */
const ERROR_REF = { $ref: "#/components/schemas/Error" };
function responseSchema(schema: z.ZodType) {
  return schema === errorResponseSchema ? ERROR_REF : jsonSchema(schema, "output");
}

/** route() refuses an unknown query parameter on every endpoint, so each can answer 400. */
const unknownQueryParameter = {
  description: "An unknown query parameter (validation.unknown_query_parameter)",
  schema: errorResponseSchema,
};

/** Who may call: nobody signed in, or a session or a personal API token (or a session alone). */
function securityOf(e: Endpoint) {
  if (e.access === "public") return [];
  return e.sessionOnly ? [{ session: [] }] : [{ session: [] }, { bearer: [] }];
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const responses: Endpoint["responses"] = { 400: unknownQueryParameter, ...e.responses };
    (paths[e.path] ??= {})[e.method] = {
      operationId: e.operationId,
      summary: e.summary,
      tags: [e.tag],
      description: `Access: ${e.access}.`,
      security: securityOf(e),
      parameters: [...parametersOf(e.params, "path"), ...parametersOf(e.query, "query")],
      ...(e.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(e.body, "input") } } } }
        : {}),
      ...(e.upload ? { requestBody: uploadBody(e.upload) } : {}),
      responses: Object.fromEntries(
        Object.entries(responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema
              ? { content: { [r.mediaType ?? "application/json"]: { schema: responseSchema(r.schema) } } }
              : r.mediaType
                ? { content: { [r.mediaType]: {} } }
                : {}),
          },
        ]),
      ),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Res45 Readiness API",
      version: "1",
      description:
        "Cybersecurity readiness of ITU Member States under WTDC Resolution 45. A script sends a personal API token (created on the account page or with POST /api/v1/tokens) as `Authorization: Bearer <token>`; a browser signs in with POST /api/auth/sign-in/email and its session cookie authorizes the other calls.",
      license: API_LICENSE,
    },
    // Relative: the document describes the server that serves it, whatever its address.
    servers: [{ url: "/", description: "The server that serves this document" }],
    components: {
      schemas: { Error: jsonSchema(errorResponseSchema, "output") },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "A browser session" },
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "A personal API token: the account's rights and no more; a read-only token is refused (403) on any call that changes data; a revoked or expired one gets 401",
        },
      },
    },
    paths,
  };
}
