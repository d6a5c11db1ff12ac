"use client";

import { isStateRole } from "@/lib/assessment/status";
import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { CreateAccountFormInput, CreateAccountInput } from "@/lib/admin/accounts.validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in-rules";
import { createAccount } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { FormField } from "@/app/_components/forms/form-field";
import { useRouter } from "@/app/_i18n/navigation";
import { MemberStateSelect, type StateOption } from "./member-state-select";
import { RoleSelect } from "./role-select";
import { roleSentence } from "./role-sentence";
import { showServerErrors } from "@/app/_components/forms/form-errors";

const EMPTY: CreateAccountFormInput = { name: "", email: "", role: "focal_point", memberStateIso3: "", password: "" };

export function CreateAccountForm({ states }: { states: readonly StateOption[] }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [showPassword, setShowPassword] = useState(false);
  const form = useForm<CreateAccountFormInput, unknown, CreateAccountInput>({
    resolver: useLazyZodResolver(() => import("@/lib/admin/accounts.validation").then((m) => m.createAccountSchema)),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await createAccount(values);
    if (!result.ok) {
      const fields = ["name", "email", "role", "memberStateIso3", "password"] as const;
      const text = showServerErrors(form.setError, fields, result, (count) => t("create.notCreated", { count }));
      setFeedback({ ok: false, text });
      return;
    }
    const created = result.data;
    // The server answers with the English name; the page's list has the reader's.
    const stateName = states.find((s) => s.iso3 === created.memberStateIso3)?.name ?? created.memberStateName;
    setFeedback({
      ok: true,
      text: t("create.created", {
        name: created.name,
        email: created.email,
        role: t(...roleSentence(created.role, stateName)),
      }),
    });
    form.reset(EMPTY);
    setShowPassword(false);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("create.label")}>
      <div className="grid gap-5 md:grid-cols-2">
        <FormField id="new-name" label={t("create.name")} error={errors.name?.message}>
          {(control) => <input {...control} autoComplete="off" {...form.register("name")} />}
        </FormField>
        <FormField id="new-email" label={t("create.email")} error={errors.email?.message}>
          {(control) => <input {...control} type="email" autoComplete="off" {...form.register("email")} />}
        </FormField>
        <RoleSelect id="new-role" label={t("create.role")} error={errors.role?.message} form={form} />
        <div>
          {isStateRole(role) ? (
            <>
              <label htmlFor="new-state" className="field-label">
                {t("create.memberState")}
              </label>
              <MemberStateSelect
                id="new-state"
                states={states}
                invalid={Boolean(errors.memberStateIso3)}
                registration={form.register("memberStateIso3")}
              />
              <FieldError id="new-state" message={errors.memberStateIso3?.message} />
            </>
          ) : (
            <>
              <p className="field-label">{t("create.memberState")}</p>
              <p className="rounded-md border border-dashed border-line px-3 py-2 text-sm text-muted">
                {t("create.notBound")}
              </p>
            </>
          )}
        </div>
        <div className="md:col-span-2">
          <label htmlFor="new-password" className="field-label">
            {t("create.password")}
          </label>
          <div className="flex gap-2">
            <input
              id="new-password"
              type={showPassword ? "text" : "password"}
              autoComplete="new-password"
              className="field-input"
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={errors.password ? "new-password-error new-password-hint" : "new-password-hint"}
              {...form.register("password")}
            />
            <button
              type="button"
              className="btn-secondary shrink-0"
              aria-pressed={showPassword}
              aria-controls="new-password"
              onClick={() => setShowPassword((v) => !v)}
            >
              {showPassword ? t("create.hide") : t("create.show")}
            </button>
          </div>
          <p id="new-password-hint" className="mt-1 text-xs text-muted">
            {t("create.passwordHint", { min: MIN_PASSWORD_LENGTH })}
          </p>
          <FieldError id="new-password" message={errors.password?.message} />
        </div>
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("create.submitting") : t("create.submit")}
      </button>
    </form>
  );
}
