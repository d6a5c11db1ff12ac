import { loadOnce } from "@/app/_components/forms/lazy-schema";

/**
 * The answers' schemas (the server's, lib/assessment/answers.validation), loaded once after the questionnaire
 * is on screen rather than with it: they bring zod, about 31 kB of gzipped JavaScript (issue 17, target 5).
 */
export const answerSchemas = loadOnce(() => import("@/lib/assessment/answers.validation"));
