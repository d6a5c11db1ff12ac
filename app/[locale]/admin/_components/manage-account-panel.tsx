"use client";

import { isStateRole } from "@/lib/assessment/status";
import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { AdminAccount } from "@/lib/admin/view";
import type { ChangeRoleFormInput, ChangeRoleInput, ResetPasswordInput } from "@/lib/admin/accounts.validation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in-rules";
import { changeAccountRole, resetAccountPassword, resetAccountTwoFactor, setAccountDisabled } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { useRouter } from "@/app/_i18n/navigation";
import { MemberStateSelect, type StateOption } from "./member-state-select";
import { AccountHistory } from "./account-history";
import { RoleSelect } from "./role-select";
import { roleSentence } from "./role-sentence";
import { showServerErrors } from "@/app/_components/forms/form-errors";

/** Everything an administrator changes on one account: role and state, password, access. */
export function ManageAccountPanel({ account, states }: { account: AdminAccount; states: readonly StateOption[] }) {
  const t = useTranslations("admin.manage");
  return (
    <section aria-label={t("label", { name: account.name })} className="grid gap-6 bg-brand-50/60 p-5 md:grid-cols-3">
      <RoleForm account={account} states={states} />
      <ResetPasswordForm account={account} />
      <div className="space-y-6">
        <AccessControl account={account} />
        <TwoFactorControl account={account} />
      </div>
      <AccountHistory userId={account.id} name={account.name} />
    </section>
  );
}

function RoleForm({ account, states }: { account: AdminAccount; states: readonly StateOption[] }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<ChangeRoleFormInput, unknown, ChangeRoleInput>({
    resolver: useLazyZodResolver(() => import("@/lib/admin/accounts.validation").then((m) => m.changeRoleSchema)),
    defaultValues: { userId: account.id, role: account.role, memberStateIso3: account.memberStateIso3 ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");
  const id = `role-${account.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await changeAccountRole(values);
    if (!result.ok) {
      const text = showServerErrors(form.setError, ["role", "memberStateIso3"], result, (count) =>
        t("manage.role.notChanged", { count }),
      );
      setFeedback({ ok: false, text });
      return;
    }
    const changed = result.data;
    // The server answers with the English name; the page's list has the reader's.
    const stateName = states.find((s) => s.iso3 === changed.memberStateIso3)?.name ?? changed.memberStateName;
    setFeedback({
      ok: true,
      text: t("manage.role.changed", {
        name: changed.name,
        role: t(...roleSentence(changed.role, stateName)),
      }),
    });
    form.reset({ userId: changed.id, role: changed.role, memberStateIso3: changed.memberStateIso3 ?? "" });
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={t("manage.role.label", { name: account.name })}
    >
      <h3 className="font-semibold">{t("manage.role.title")}</h3>
      <RoleSelect id={id} label={t("manage.role.role")} error={errors.role?.message} form={form} />
      {isStateRole(role) && (
        <div>
          <label htmlFor={`${id}-state`} className="field-label">
            {t("manage.role.memberState")}
          </label>
          <MemberStateSelect
            id={`${id}-state`}
            states={states}
            invalid={Boolean(errors.memberStateIso3)}
            registration={form.register("memberStateIso3")}
          />
          <FieldError id={`${id}-state`} message={errors.memberStateIso3?.message} />
        </div>
      )}
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-secondary" disabled={isSubmitting || !form.formState.isDirty}>
        {t("manage.role.submit")}
      </button>
    </form>
  );
}

function ResetPasswordForm({ account }: { account: AdminAccount }) {
  const t = useTranslations("admin.manage");
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<ResetPasswordInput>({
    resolver: useLazyZodResolver(() => import("@/lib/admin/accounts.validation").then((m) => m.resetPasswordSchema)),
    defaultValues: { userId: account.id, password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `password-${account.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await resetAccountPassword(values);
    if (!result.ok) {
      const text = showServerErrors(form.setError, ["password"], result, (count) => t("password.notSet", { count }));
      setFeedback({ ok: false, text });
      return;
    }
    setFeedback({
      ok: true,
      text: t("password.set", {
        name: result.data.account.name,
        sessions: t("sessionsEnded", { count: result.data.sessionsEnded }),
      }),
    });
    form.reset({ userId: account.id, password: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("password.label", { name: account.name })}>
      <h3 className="font-semibold">{t("password.title")}</h3>
      <div>
        <label htmlFor={id} className="field-label">
          {t("password.field")}
        </label>
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          className="field-input"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-error ${id}-hint` : `${id}-hint`}
          {...form.register("password")}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {t("password.hint", { min: MIN_PASSWORD_LENGTH })}
        </p>
        <FieldError id={id} message={errors.password?.message} />
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-secondary" disabled={isSubmitting}>
        {t("password.submit")}
      </button>
    </form>
  );
}

function AccessControl({ account }: { account: AdminAccount }) {
  const t = useTranslations("admin.manage");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const change = (disabled: boolean) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await setAccountDisabled({ userId: account.id, disabled });
      setConfirming(false);
      if (!result.ok) {
        setFeedback({ ok: false, text: result.error });
        return;
      }
      setFeedback({
        ok: true,
        text: disabled
          ? t("access.disabled", {
              name: account.name,
              sessions: t("sessionsEnded", { count: result.data.sessionsEnded }),
            })
          : t("access.enabled", { name: account.name }),
      });
      router.refresh();
    });

  return (
    <div role="group" aria-label={t("access.label", { name: account.name })} className="space-y-3">
      <h3 className="font-semibold">{t("access.title")}</h3>
      {account.disabled ? (
        <>
          <p className="text-sm text-muted">{t("access.isDisabled")}</p>
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => change(false)}>
            {t("access.enable")}
          </button>
        </>
      ) : confirming ? (
        <div className="space-y-3 rounded-md border border-danger/40 bg-surface p-3">
          <p className="text-sm">{t("access.confirm", { name: account.name })}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-danger" disabled={pending} onClick={() => change(true)}>
              {t("access.confirmDisable")}
            </button>
            <button type="button" className="btn-secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t("access.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="text-sm text-muted">{t("access.explain")}</p>
          <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
            {t("access.disable")}
          </button>
        </>
      )}
      <ActionStatus feedback={feedback} />
    </div>
  );
}

/** Removes a lost second factor: the person sets up a new authenticator at their next sign-in. */
function TwoFactorControl({ account }: { account: AdminAccount }) {
  const t = useTranslations("admin.manage");
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();
  const reset = () =>
    startTransition(async () => {
      setFeedback(null);
      const result = await resetAccountTwoFactor({ userId: account.id });
      if (!result.ok) return setFeedback({ ok: false, text: result.error });
      setFeedback({
        ok: true,
        text: t("twoFactor.reset", {
          name: account.name,
          sessions: t("sessionsEnded", { count: result.data.sessionsEnded }),
        }),
      });
      router.refresh();
    });
  return (
    <div role="group" aria-label={t("twoFactor.label", { name: account.name })} className="space-y-3">
      <h3 className="font-semibold">{t("twoFactor.title")}</h3>
      <p className="text-sm text-muted">{account.twoFactorEnabled ? t("twoFactor.on") : t("twoFactor.off")}</p>
      {account.twoFactorEnabled && (
        <button type="button" className="btn-secondary" disabled={pending} onClick={reset}>
          {t("twoFactor.submit")}
        </button>
      )}
      <ActionStatus feedback={feedback} />
    </div>
  );
}
