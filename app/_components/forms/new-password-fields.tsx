"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "./form-field";

type Field = "password" | "confirmPassword";

/** A new password, typed twice: the invitation and password reset pages. */
export function NewPasswordFields({
  labels,
  errors,
  register,
}: {
  labels: Record<Field, string>;
  errors: Partial<Record<Field, string>>;
  register: (name: Field) => UseFormRegisterReturn;
}) {
  return (
    <>
      {(["password", "confirmPassword"] as const).map((name) => (
        <FormField key={name} id={name} label={labels[name]} error={errors[name]}>
          {(control) => <input {...control} type="password" autoComplete="new-password" {...register(name)} />}
        </FormField>
      ))}
    </>
  );
}
