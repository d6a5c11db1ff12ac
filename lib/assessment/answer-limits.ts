/**
 * The answers' limits, apart from the schemas of ./answers.validation so that browser code can use them
 * without loading zod (the questionnaire loads the schemas on demand).
 */
export const MAX_EVIDENCE_PER_ANSWER = 20;
export const MAX_NOTE_LENGTH = 4000;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
