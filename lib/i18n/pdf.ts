import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/** `?locale=` of the PDF routes: the language the page is printed in (English when absent). */
export const pdfQuerySchema = z.object({
  locale: z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(", ")}` }).default(DEFAULT_LOCALE),
});
