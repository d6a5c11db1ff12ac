import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { isStorableText } from "../api/text";
import { TOKEN_DAYS, TOKEN_NAME_MAX } from "./api-token";

/** What the account page and `POST /api/v1/tokens` send to create a token, and the ids of tokens and sessions. */
export const newApiTokenSchema = z.strictObject({
  name: z
    .string(errorCode("validation.token_name", { max: TOKEN_NAME_MAX }))
    .trim()
    .min(1, errorCode("validation.token_name", { max: TOKEN_NAME_MAX }))
    .max(TOKEN_NAME_MAX, errorCode("validation.token_name", { max: TOKEN_NAME_MAX }))
    .refine(isStorableText, errorCode("validation.unstorable", { field: "name" })),
  expiresInDays: z
    .number(errorCode("validation.token_expiry", { min: TOKEN_DAYS.min, max: TOKEN_DAYS.max }))
    .int(errorCode("validation.token_expiry", { min: TOKEN_DAYS.min, max: TOKEN_DAYS.max }))
    .min(TOKEN_DAYS.min, errorCode("validation.token_expiry", { min: TOKEN_DAYS.min, max: TOKEN_DAYS.max }))
    .max(TOKEN_DAYS.max, errorCode("validation.token_expiry", { min: TOKEN_DAYS.min, max: TOKEN_DAYS.max }))
    .default(TOKEN_DAYS.default),
  write: z.boolean(errorCode("validation.token_write")).default(false),
});
export type NewApiToken = z.output<typeof newApiTokenSchema>;

export const apiTokenParamsSchema = z.strictObject({
  id: z.uuid(errorCode("validation.token_id")),
});

export const sessionParamsSchema = z.strictObject({
  id: z.string(errorCode("validation.session_id")).min(1, errorCode("validation.session_id")).max(200),
});
