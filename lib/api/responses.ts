import { LINK_PROBLEMS } from "../evidence/link-check";
import { AUDIT_FIELDS } from "../assessment/audit-fields";
import { z } from "zod";
import { SCORE_KINDS } from "../analysis/score-kind";
import { ASSESSMENT_STATUSES, ROLES } from "../assessment/status";
import type { ErrorCode } from "../errors/app-error";
import { ERROR_MESSAGES_EN } from "../errors/catalogue";
import { CONFIDENTIALITIES } from "../evidence/kinds";
import { ACTION_STATUSES, PRIORITIES } from "../plan/plan.validation";
import { REGION_IDS } from "../reference/types";
import { ITEM_STATES, REVIEW_STEPS } from "../validation/dialogue";

/**
 * Shapes of the API's answers. They document the API (OpenAPI) and the browser
 * tests parse real responses with them, so the documentation cannot drift.
 */
export const errorResponseSchema = z.object({
  code: z
    .enum(Object.keys(ERROR_MESSAGES_EN) as [ErrorCode, ...ErrorCode[]])
    .describe("Stable error code, e.g. forbidden.other_state or conflict.version; clients branch on it"),
  error: z
    .string()
    .describe("What went wrong, in a sentence that names each problem, in the language of Accept-Language"),
  fieldErrors: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe("Messages by field path, e.g. answers.3.value"),
  currentVersion: z.number().int().optional().describe("On 409: the assessment's current version"),
});

export const healthSchema = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) });
export const cycleSchema = z.object({ year: z.number().int(), status: z.enum(["open", "closed"]) });
export const scoreResultSchema = z.object({
  overall: z.number().min(0).max(100),
  tier: z.object({ level: z.number().int().min(1).max(5), name: z.string() }),
  pillars: z.record(z.string(), z.number()),
  outcomes: z.record(z.string(), z.number()),
  completion: z.number().min(0).max(1),
});

/** An uploaded document, as the upload answers it (201). */
export const uploadedDocumentSchema = z.object({
  id: z.uuid().describe("Download it from GET /api/v1/evidence/{id}"),
  questionId: z.string(),
  title: z.string(),
  mediaType: z.string().describe("Decided from the file's content, not its name"),
  size: z.number().int().describe("Bytes"),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe("SHA-256 of the bytes, hexadecimal"),
  confidentiality: z
    .enum(CONFIDENTIALITIES)
    .describe("public: anyone may see it; bdt: BDT and the state's own people only"),
});

export const evidenceDocumentSchema = uploadedDocumentSchema.extend({
  issuer: z.string().nullable().describe("The issuing body"),
  issuedOn: z.string().nullable().describe("Date of issue, YYYY-MM-DD"),
  fileName: z.string().describe("The name it downloads under"),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const answerSchema = z.object({
  questionId: z.string(),
  value: z.string().nullable(),
  evidence: z.array(z.string()).describe("Links"),
  note: z.string(),
});

export const assessmentSchema = z.object({
  iso3: z.string().length(3),
  cycle: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.number().int().min(0),
  framework: z.string().describe("Id of the questionnaire version the assessment is answered under"),
  answers: z.array(answerSchema),
  documents: z
    .array(evidenceDocumentSchema)
    .describe("The documents attached to the answers, each naming its question (GET /api/v1/evidence/{id})"),
  scores: scoreResultSchema.describe("The self-assessed score: the answers as given"),
  validatedScores: scoreResultSchema
    .nullable()
    .describe(
      "The validated score (after BDT's decisions; docs/methodology.md), stored when the assessment is validated; null before",
    ),
  comments: z.array(z.object({ questionId: z.string(), text: z.string(), author: z.string(), at: z.string() })),
  history: z.array(
    z.object({ from: z.enum(ASSESSMENT_STATUSES), to: z.enum(ASSESSMENT_STATUSES), by: z.string(), at: z.string() }),
  ),
  updatedAt: z.string().nullable(),
});

export const linkCheckSchema = z.object({
  url: z.string(),
  checkedAt: z.string().describe("When the link checker last probed the URL"),
  answeredAt: z.string().nullable().describe("When the URL last answered with a 2xx or 3xx status"),
  status: z.number().int().nullable().describe("The HTTP status of the last probe; null when nothing answered"),
  unreachableSince: z.string().nullable().describe("Set while the URL fails: when the failure began"),
  problem: z.enum(LINK_PROBLEMS).nullable().describe("Why the last probe failed; null when it answered"),
});

const reviewStepSchema = z.object({
  id: z.number().int(),
  questionId: z.string(),
  step: z.enum(REVIEW_STEPS),
  comment: z.string(),
  proposedValue: z.string().nullable().describe("The option BDT proposes (step `propose`)"),
  answerValue: z.string().nullable().describe("The answer's value when the step was taken"),
  by: z.string(),
  role: z.enum(ROLES),
  at: z.string(),
});

/** `GET /api/v1/assessments/{iso3}/{cycle}/reviews` and the answer of a review or reply. */
export const reviewsSchema = z.object({
  iso3: z.string().length(3),
  cycle: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.number().int().min(0),
  items: z.array(
    z.object({
      questionId: z.string(),
      state: z
        .enum(ITEM_STATES)
        .describe(
          "not_reviewed; accepted; queried or proposed (waiting for the state); answered or contested (the state replied: back with BDT)",
        ),
      proposedValue: z.string().nullable().describe("The option BDT proposes while its proposal is open"),
      steps: z.array(reviewStepSchema).describe("The thread, oldest first"),
    }),
  ),
  openQuestionIds: z.array(z.string()).describe("The questions validation waits for"),
  progress: z.object({ reviewed: z.number().int(), total: z.number().int() }),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  field: z.enum(AUDIT_FIELDS),
  questionId: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});

export const stateScoresSchema = z.object({
  iso3: z.string().length(3),
  region: z.enum(REGION_IDS),
  status: z.enum(ASSESSMENT_STATUSES),
  scoreKind: z
    .enum(SCORE_KINDS)
    .nullable()
    .describe(
      "Which score the row shows: `validated` (after BDT's decisions) once the assessment is validated, `self_assessed` before; null with no score",
    ),
  overall: z.number().nullable().describe("Null while the assessment is a draft or not started"),
  tier: z.object({ level: z.number().int(), name: z.string() }).nullable(),
  pillars: z.record(z.string(), z.number()).nullable(),
  outcomes: z.record(z.string(), z.number()).nullable(),
  demo: z
    .literal(true)
    .optional()
    .describe(
      "Present and true when the database holds the generated demo data set: the figures describe no Member State",
    ),
});

export const regionFiguresSchema = z.object({
  region: z.enum(REGION_IDS),
  states: z.number().int().describe("Member States in the region"),
  counted: z.number().int().describe("States whose scores are averaged"),
  overall: z
    .number()
    .nullable()
    .describe(
      "Plain mean of the counted states' overall scores; null when none (or, for focal points, fewer than 3) are counted",
    ),
  pillars: z.record(z.string(), z.number()).nullable(),
  outcomes: z.record(z.string(), z.number()).nullable(),
  tiers: z.record(z.string(), z.number().int()).nullable(),
});

export const planActionSchema = z.object({
  id: z.uuid(),
  iso3: z.string().length(3),
  questionId: z.string(),
  clause: z.string().describe("The Resolution 45 clause the action addresses, e.g. R45-RES-1"),
  title: z.string(),
  owner: z.string().describe("The agency or unit responsible"),
  targetDate: z.string().describe("YYYY-MM-DD"),
  priority: z.enum(PRIORITIES),
  status: z.enum(ACTION_STATUSES),
  createdCycle: z
    .number()
    .int()
    .describe("The cycle the action was made in; earlier than the current one when carried over"),
  version: z.number().int().min(1).describe("Send it back with a PATCH; a stale one gets 409"),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(
    z.object({
      field: z.enum(["created", "title", "owner", "target_date", "priority", "status"]),
      from: z.unknown(),
      to: z.unknown(),
      by: z.string(),
      at: z.string(),
    }),
  ),
});

export const BACKUP_FORMAT = "res45-readiness-backup@1";

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string().describe("When the snapshot was taken (ISO 8601)"),
  tables: z
    .record(z.string(), z.array(z.record(z.string(), z.unknown())))
    .describe("Every table's rows, by table name; `npm run db:restore -- FILE` reads this file"),
});

export const crosswalkResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** One entry per question of `to`, in its order. */
  questions: z.array(
    z.object({
      question: z.string(),
      /** The question of `from` it continues, or null when it is new. */
      continues: z.string().nullable(),
      /** Option value of `from` → option value of `to`, or null where the earlier answer does not decide. */
      values: z.record(z.string(), z.string().nullable()),
    }),
  ),
});
export type CrosswalkResponse = z.infer<typeof crosswalkResponseSchema>;

export const sentInvitationSchema = z.object({
  id: z.string().describe("The invitation's id"),
  email: z.string(),
  name: z.string(),
  role: z.enum(["focal_point", "contributor", "analyst", "admin"]),
  iso3: z.string().nullable().describe("The Member State of a focal point or contributor; null for other roles"),
  locale: z.enum(["ar", "zh", "en", "fr", "ru", "es"]).describe("The language of the message"),
  expiresAt: z.string().describe("When the link stops working (ISO 8601)"),
});

/** A personal API token as its owner lists it: never the secret. */
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  write: z.boolean().describe("Whether the token may change data (else it only reads)"),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable().describe("Its last use, to the minute; null before the first"),
});
export const createdApiTokenSchema = z.object({
  id: z.uuid(),
  token: z.string().describe("The secret, shown this once: send it as `Authorization: Bearer <token>`"),
});

/** One question given to a contributor (GET/POST …/assignments). */
export const assignmentsSchema = z.array(
  z.object({
    questionId: z.string(),
    userId: z.string().describe("The contributor's account id"),
    name: z.string(),
    email: z.string(),
    dueDate: z.string().nullable().describe("YYYY-MM-DD, or null for no due date"),
    assignedAt: z.string().describe("ISO 8601"),
  }),
);

/** One comment of a question's thread. */
export const questionCommentSchema = z.object({
  id: z.number().int(),
  questionId: z.string(),
  author: z.string(),
  authorRole: z.enum(ROLES),
  body: z.string(),
  mentioned: z.array(z.string()).describe("The names of the people mentioned with @ (each told by e-mail)"),
  at: z.string().describe("ISO 8601"),
});

// ---------------------------------------------------------------- publication (issue 20)

export const licenceSchema = z
  .object({ id: z.string(), name: z.string(), url: z.url() })
  .describe("The licence of the open data (SPDX id, name, text)");
export const methodologySchema = z.object({
  questionnaires: z.array(z.object({ id: z.string(), version: z.string() })),
  document: z.string().describe("The methodology page"),
});
export const publishedStateSchema = z.object({
  iso3: z.string().length(3),
  region: z.enum(REGION_IDS),
  cycle: z.number().int(),
  frameworkId: z.string().describe("The questionnaire version the assessment was answered with"),
  overall: z.number(),
  tier: z.object({ level: z.number().int(), name: z.string() }),
  pillars: z.record(z.string(), z.number()),
  outcomes: z.record(z.string(), z.number()),
});
export const publicRegionSchema = z.object({
  region: z.enum(REGION_IDS),
  counted: z.number().int().describe("Validated states counted, published by name or not"),
  average: z
    .object({
      count: z.number().int(),
      overall: z.number(),
      pillars: z.record(z.string(), z.number()),
      outcomes: z.record(z.string(), z.number()),
    })
    .nullable()
    .describe("Null where fewer than 5 states are counted, or exactly one of them is unpublished"),
});
export const publicCycleSchema = z.object({
  cycle: z.number().int(),
  publishedAt: z.string().describe("ISO 8601"),
  licence: licenceSchema,
  methodology: methodologySchema,
  states: z.array(publishedStateSchema).describe("Only states that consented to publication by name"),
  regions: z.array(publicRegionSchema),
  demo: z.literal(true).optional().describe("Present on the demo data set: the figures are not real"),
});
export const publicProfileSchema = z.object({
  iso3: z.string().length(3),
  region: z.enum(REGION_IDS),
  licence: licenceSchema,
  methodology: methodologySchema,
  latest: publishedStateSchema,
  history: z.array(publishedStateSchema).describe("Every published cycle, oldest first"),
  areas: z.object({
    strengths: z.array(z.string()).describe("Pillars above the state's own mean pillar score"),
    growth: z.array(z.string()).describe("Pillars below it"),
  }),
  regionAverage: publicRegionSchema,
  demo: z.literal(true).optional(),
});
export const publicationSettingSchema = z.object({
  cycle: z.number().int(),
  status: z.enum(["open", "closed"]),
  publishAt: z.string().nullable(),
  setByName: z.string().nullable(),
  setAt: z.string().nullable(),
  published: z.boolean(),
  consenting: z.number().int(),
});
export const consentSchema = z.object({
  iso3: z.string().length(3),
  cycle: z.number().int(),
  consent: z.boolean().nullable().describe("Null while the state has not decided (nothing is published)"),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  publishAt: z.string().nullable(),
  open: z.boolean().describe("Whether the decision may still change (until the publication date)"),
  status: z.enum(ASSESSMENT_STATUSES),
});
