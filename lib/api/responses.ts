import { AUDIT_FIELDS } from "../assessment/audit-fields";
import { z } from "zod";
import { ASSESSMENT_STATUSES } from "../assessment/status";
import type { ErrorCode } from "../errors/app-error";
import { ERROR_MESSAGES_EN } from "../errors/catalogue";
import { CONFIDENTIALITIES } from "../evidence/kinds";
import { ACTION_STATUSES, PRIORITIES } from "../plan/plan.validation";
import { REGION_IDS } from "../reference/types";

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
  scores: scoreResultSchema,
  comments: z.array(z.object({ questionId: z.string(), text: z.string(), author: z.string(), at: z.string() })),
  history: z.array(
    z.object({ from: z.enum(ASSESSMENT_STATUSES), to: z.enum(ASSESSMENT_STATUSES), by: z.string(), at: z.string() }),
  ),
  updatedAt: z.string().nullable(),
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
