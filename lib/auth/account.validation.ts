import { z } from "zod";
import { newPasswordSchema } from "./sign-in.validation";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
