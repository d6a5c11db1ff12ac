import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./sign-in-rules";

export { homeForRole, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, safeReturnPath } from "./sign-in-rules";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, errorCode("validation.sign_in_email_required"))
    .email(errorCode("validation.email_invalid")),
  password: z.string().min(1, errorCode("validation.password_required")),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, errorCode("validation.password_too_short", { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, errorCode("validation.password_too_long", { max: MAX_PASSWORD_LENGTH }));
