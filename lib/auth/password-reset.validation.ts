import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { newPasswordSchema, signInSchema } from "./sign-in.validation";

/** "Forgot your password?": the address the reset link is sent to (if it has an account). */
export const forgotPasswordSchema = signInSchema.pick({ email: true });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** The new password, typed twice, on the page the reset link opens. */
export const chooseNewPasswordSchema = z
  .object({ password: newPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: errorCode("validation.passwords_differ"),
  });
export type ChooseNewPasswordInput = z.infer<typeof chooseNewPasswordSchema>;
