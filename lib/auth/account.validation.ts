import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { newPasswordSchema } from "./sign-in.validation";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, errorCode("validation.current_password_required")),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: errorCode("validation.passwords_differ"),
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
