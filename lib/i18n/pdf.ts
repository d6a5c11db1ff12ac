import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

/** `?locale=` of the PDF routes: the language the page is printed in (English when absent). */
export const pdfQuerySchema = z.object({
  locale: z
    .enum(LOCALES, { error: errorCode("validation.one_of", { field: "locale", values: LOCALES.join(", ") }) })
    .default(DEFAULT_LOCALE),
});
