import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assessmentFileSchema } from "../assessment/exchange";
import { answersPatchSchema, scoreRequestSchema } from "../assessment/answers.validation";
import { uploadFieldsSchema, documentParamsSchema } from "../evidence/evidence.validation";
import { isErrorCode } from "../errors/localize";
import { parseCodedMessage } from "../errors/schema-message";
import { schemaRefusal } from "../errors/testing/refusal";
import { pdfQuerySchema } from "../i18n/pdf";
import { apiTokenParamsSchema, newApiTokenSchema } from "../auth/api-token.validation";
import {
  actionParamsSchema,
  actionPatchSchema,
  actionsFromGapsSchema,
  newActionSchema,
  planQuerySchema,
  updateActionActionSchema,
} from "../plan/plan.validation";
import { comparisonQuerySchema, cycleParamsSchema } from "./analysis.validation";
import { assessmentParamsSchema, returnActionSchema, returnRequestSchema } from "./assessments.validation";
import { crosswalkQuerySchema, frameworkQuerySchema } from "./framework.validation";
import { memberStatesQuerySchema } from "./member-states.validation";

describe("path and query parameters", () => {
  it("answer a bad value with a code, in the reader's language", () => {
    const cycle = schemaRefusal(cycleParamsSchema, { cycle: "latest" }, "fr");
    expect(cycle.codes).toEqual({ cycle: "validation.cycle_param" });
    expect(cycle.fieldErrors).toEqual({ cycle: ["cycle doit être une année, par ex. 2026"] });
    expect(schemaRefusal(assessmentParamsSchema, { iso3: "KENYA", cycle: "1999" }, "fr").fieldErrors).toEqual({
      iso3: ["iso3 doit être un code ISO 3166-1 alpha-3, par ex. KEN"],
      cycle: ["cycle doit être une année comprise entre 2000 et 2100"],
    });
    expect(schemaRefusal(actionParamsSchema, { iso3: "KEN", id: "7" }, "fr").fieldErrors).toEqual({
      id: ["id doit être un identifiant d’action (un UUID)"],
    });
    expect(schemaRefusal(documentParamsSchema, { id: "7" }, "es").fieldErrors).toEqual({
      id: ["id debe ser un identificador de documento (un UUID)"],
    });
  });

  it("name the values a query parameter takes, in the reader's language", () => {
    expect(schemaRefusal(comparisonQuerySchema, { include: "all" }, "fr").fieldErrors).toEqual({
      include: ["include doit valoir « validated » (par défaut) ou « submitted »"],
    });
    const region = schemaRefusal(memberStatesQuerySchema, { region: "mars" }, "fr");
    expect(region.codes).toEqual({ region: "validation.unknown_region" });
    expect(region.fieldErrors.region![0]).toMatch(/^Région inconnue « mars »\. Régions valides : africa, /);
    const version = schemaRefusal(frameworkQuerySchema, { version: "9" }, "fr");
    expect(version.codes).toEqual({ version: "validation.unknown_framework" });
    expect(version.fieldErrors.version![0]).toMatch(
      /^Version du questionnaire inconnue « 9 »\. Versions disponibles : /,
    );
    expect(schemaRefusal(pdfQuerySchema, { locale: "de" }, "fr").fieldErrors).toEqual({
      locale: ["« locale » doit être l’une de ces valeurs : ar, zh, en, fr, ru, es"],
    });
  });

  it("refuse return comments with codes", () => {
    const comments = schemaRefusal(returnRequestSchema, { comments: [{ questionId: "", text: " " }] }, "fr");
    expect(comments.fieldErrors).toEqual({
      "comments.0.questionId": ["« questionId » est obligatoire"],
      "comments.0.text": ["Un commentaire doit comporter du texte"],
    });
    expect(schemaRefusal(returnRequestSchema, { comments: [] }, "fr").codes).toEqual({
      comments: "validation.comments_empty",
    });
    expect(schemaRefusal(returnRequestSchema, { comments: "fix it" }, "fr").codes).toEqual({
      comments: "validation.comments_list",
    });
  });
});

/**
 * Every message a schema writes itself must be an error code of the catalogue, or it would reach a
 * reader of French in English. zod's own messages are written in the reader's language by the error
 * map; here they are marked, so that any other text fails.
 */
describe("schema messages", () => {
  const ZOD_OWN = "(zod)";
  const cases: [string, z.ZodType, unknown[]][] = [
    ["answers patch", answersPatchSchema, [{ version: "x", answers: "x" }, { version: 1, answers: [] }, {}]],
    [
      "score request",
      scoreRequestSchema,
      [
        { framework: 1, answers: [{ questionId: 1, value: 1, evidence: 1, note: 1 }] },
        {
          framework: "v",
          answers: [{ questionId: "\u0000", value: "\u0000", evidence: ["ftp://x", "https://\u0000"], note: "\ud800" }],
        },
        { framework: "v", answers: new Array(501).fill({ questionId: "A", value: null }) },
      ],
    ],
    [
      "new action",
      newActionSchema,
      [
        { questionId: 1, title: 1, owner: 1, targetDate: 1, priority: 1, status: 1 },
        { questionId: "x", title: "x", owner: "x", targetDate: "2027-02-31", priority: "x", status: "x" },
        { questionId: "LEG-CYB-01", title: "x".repeat(500), owner: "x".repeat(500), targetDate: "1999-01-01" },
      ],
    ],
    [
      "gaps",
      actionsFromGapsSchema,
      [{ questionIds: 1 }, { questionIds: [] }, { questionIds: ["A", "A"] }, { questionIds: new Array(201).fill("x") }],
    ],
    ["action patch", actionPatchSchema, [{ version: "x" }, { version: 1.5 }]],
    ["action update", updateActionActionSchema, [{ iso3: "ken", id: "x", patch: {} }]],
    ["plan query", planQuerySchema, [{ status: "x", priority: "x" }]],
    ["action params", actionParamsSchema, [{ iso3: "x", id: "x" }]],
    [
      "assessment params",
      assessmentParamsSchema,
      [
        { iso3: 1, cycle: "x" },
        { iso3: "ab", cycle: "2000.5" },
      ],
    ],
    ["comparison query", comparisonQuerySchema, [{ include: "x" }]],
    ["return", returnRequestSchema, [{ comments: 1 }, { comments: [] }, { comments: [{ questionId: "", text: "" }] }]],
    ["return action", returnActionSchema, [{ iso3: "x", cycle: "x", comments: [{ questionId: 1, text: 1 }] }]],
    ["return text", returnRequestSchema, [{ comments: [{ questionId: "\u0000", text: "x".repeat(4001) }] }]],
    ["framework query", frameworkQuerySchema, [{ version: "x" }, { version: 1 }]],
    ["crosswalk query", crosswalkQuerySchema, [{ from: "", to: 1 }]],
    ["member states query", memberStatesQuerySchema, [{ region: "x" }]],
    ["pdf query", pdfQuerySchema, [{ locale: "x" }]],
    ["upload fields", uploadFieldsSchema, [{ questionId: 1, title: 1, issuer: 1, issuedOn: 1, confidentiality: 1 }]],
    ["document params", documentParamsSchema, [{ id: 1 }]],
    [
      "new API token",
      newApiTokenSchema,
      [
        { name: 1, expiresInDays: "x", write: 1 },
        { name: "", expiresInDays: 0.5 },
      ],
    ],
    ["API token params", apiTokenParamsSchema, [{ id: "x" }]],
    ["assessment file", assessmentFileSchema, [{ schema: "x", framework: 1, iso3: "x", cycle: "x", answers: 1 }]],
  ];

  it.each(cases)("%s: each message is a code of the catalogue or zod's own", (_name, schema, inputs) => {
    for (const input of inputs) {
      const parsed = schema.safeParse(input, { error: () => ZOD_OWN });
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      for (const issue of parsed.error!.issues) {
        if (issue.message === ZOD_OWN || issue.code === "unrecognized_keys") continue;
        const coded = parseCodedMessage(issue.message);
        expect(coded && isErrorCode(coded.code), `${issue.path.join(".")}: ${issue.message}`).toBe(true);
      }
    }
  });
});
