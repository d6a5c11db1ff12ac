import { z } from "zod";
import ar from "../i18n/messages/ar/errors.json" with { type: "json" };
import en from "../i18n/messages/en/errors.json" with { type: "json" };
import es from "../i18n/messages/es/errors.json" with { type: "json" };
import fr from "../i18n/messages/fr/errors.json" with { type: "json" };
import ru from "../i18n/messages/ru/errors.json" with { type: "json" };
import zh from "../i18n/messages/zh/errors.json" with { type: "json" };
import type { Locale } from "../i18n/locales";
import { AppError, interpolate, type ErrorCode, type ErrorParams, type FieldProblem } from "./app-error";
import { ERROR_MESSAGES_EN, flattenMessages } from "./catalogue";
import { isErrorCode, zodProblems } from "./zod-problems";

const CATALOGUES: Record<Locale, Record<string, string>> = {
  ar: flattenMessages(ar),
  zh: flattenMessages(zh),
  en: flattenMessages(en),
  fr: flattenMessages(fr),
  ru: flattenMessages(ru),
  es: flattenMessages(es),
};

export { isErrorCode, zodProblems };

/**
 * A code's message in the reader's language. A `status` value is an assessment
 * status, written as the catalogue words it ("a draft", « à l’état de brouillon »).
 */
export function errorMessage(locale: Locale, code: ErrorCode, params: ErrorParams = {}): string {
  const catalogue = CATALOGUES[locale];
  const values = { ...params };
  if (typeof values.status === "string") values.status = catalogue[`status.${values.status}`] ?? values.status;
  return interpolate(catalogue[code] ?? ERROR_MESSAGES_EN[code], values);
}

const ZOD_LOCALES: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  ar: z.locales.ar,
  zh: z.locales.zhCN,
  en: z.locales.en,
  fr: z.locales.fr,
  ru: z.locales.ru,
  es: z.locales.es,
};

/** zod's own messages ("expected number") in the reader's language; pass it as the `error` of a parse. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return ZOD_LOCALES[locale]().localeError;
}

/** Parses `input` with `schema`; a failure is a `validation.*` AppError whose zod messages are in `locale`. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  summary: ErrorCode,
  locale: Locale,
  unknownKeyCode?: ErrorCode,
): z.infer<T> {
  const parsed = schema.safeParse(input, { error: zodErrorMap(locale) });
  if (parsed.success) return parsed.data;
  throw new AppError(summary, { problems: zodProblems(parsed.error, unknownKeyCode) });
}

export function problemMessage(problem: FieldProblem, locale: Locale): string {
  return problem.code ? errorMessage(locale, problem.code, problem.params) : problem.message;
}

/** Problems keyed by dotted path, `_` for the whole input, each message in the reader's language. */
export function fieldErrorsOf(problems: readonly FieldProblem[], locale: Locale): Record<string, string[]> {
  // A Map, because field names come from the client: "__proto__" or "constructor" must stay plain keys.
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const key = problem.path.length > 0 ? problem.path.join(".") : "_";
    byField.set(key, [...(byField.get(key) ?? []), problemMessage(problem, locale)]);
  }
  return Object.fromEntries(byField);
}

export interface ErrorBody {
  /** Stable: clients branch on it. */
  code: ErrorCode;
  /** What went wrong, in the reader's language, naming each field at fault. */
  error: string;
  fieldErrors?: Record<string, string[]>;
  currentVersion?: number;
  [detail: string]: unknown;
}

/** The one mapping of a refusal to what the client reads, for REST answers and server actions alike. */
export function errorBody(error: AppError, locale: Locale): ErrorBody {
  const summary = errorMessage(locale, error.code, error.params);
  const body: ErrorBody = { ...error.details, code: error.code, error: summary };
  if (error.problems.length > 0) {
    const fieldErrors = fieldErrorsOf(error.problems, locale);
    body.fieldErrors = fieldErrors;
    const details = Object.entries(fieldErrors)
      .map(([field, messages]) => (field === "_" ? messages.join("; ") : `${field}: ${messages.join("; ")}`))
      .join(" ");
    body.error = `${summary} ${details}`.trim();
  }
  if (error.currentVersion !== undefined) body.currentVersion = error.currentVersion;
  return body;
}
