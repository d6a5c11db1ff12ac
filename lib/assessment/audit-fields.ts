/**
 * What an audit record can be about: an answer's value, evidence or note, an evidence document, the status,
 * the questionnaire version ("framework": the assessment moved to another version), or a step of the
 * validation dialogue ("review"). The database's
 * `audit_log_field_check` (db/schema/assessments.ts) lists the same values.
 */
export const AUDIT_FIELDS = [
  "value",
  "evidence",
  "note",
  "status",
  "document",
  "framework",
  "review",
  "assignment",
] as const;

export type AuditField = (typeof AUDIT_FIELDS)[number];
