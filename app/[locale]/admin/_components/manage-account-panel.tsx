"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { AdminAccount } from "@/db/queries/admin";
import { describeRole } from "@/lib/admin/accounts";
import {
  ROLE_LABELS,
  changeRoleSchema,
  resetPasswordSchema,
  type ChangeRoleFormInput,
  type ChangeRoleInput,
  type ResetPasswordInput,
} from "@/lib/admin/accounts.validation";
import { ROLES } from "@/lib/assessment/status";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in.validation";
import { changeAccountRole, resetAccountPassword, setAccountDisabled } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FieldError } from "@/app/_components/forms/field-error";
import { showServerErrors } from "@/app/_components/forms/form-errors";
import { MemberStateSelect, type StateOption } from "./member-state-select";

function sessionsText(count: number) {
  if (count === 0) return "They had no open session.";
  return count === 1 ? "Their open session has ended." : `Their ${count} open sessions have ended.`;
}

/** Everything an administrator changes on one account: role and state, password, access. */
export function ManageAccountPanel({ account, states }: { account: AdminAccount; states: readonly StateOption[] }) {
  return (
    <section aria-label={`Manage ${account.name}`} className="grid gap-6 bg-brand-50/60 p-5 md:grid-cols-3">
      <RoleForm account={account} states={states} />
      <ResetPasswordForm account={account} />
      <AccessControl account={account} />
    </section>
  );
}

function RoleForm({ account, states }: { account: AdminAccount; states: readonly StateOption[] }) {
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<ChangeRoleFormInput, unknown, ChangeRoleInput>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { userId: account.id, role: account.role, memberStateIso3: account.memberStateIso3 ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");
  const id = `role-${account.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await changeAccountRole(values);
    if (!result.ok) {
      const text = showServerErrors(form.setError, ["role", "memberStateIso3"], result, "The role was not changed");
      setFeedback({ ok: false, text });
      return;
    }
    const changed = result.data;
    setFeedback({ ok: true, text: `${changed.name} is now ${describeRole(changed.role, changed.memberStateName)}.` });
    form.reset({ userId: changed.id, role: changed.role, memberStateIso3: changed.memberStateIso3 ?? "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Role of ${account.name}`}>
      <h3 className="font-semibold">Role and Member State</h3>
      <div>
        <label htmlFor={id} className="field-label">
          Role
        </label>
        <select
          id={id}
          className="field-input"
          {...form.register("role", {
            onChange: (event: { target: { value: string } }) => {
              if (event.target.value !== "focal_point") form.setValue("memberStateIso3", "");
              form.clearErrors("memberStateIso3");
            },
          })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <FieldError id={id} message={errors.role?.message} />
      </div>
      {role === "focal_point" && (
        <div>
          <label htmlFor={`${id}-state`} className="field-label">
            Member State
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
        Save role
      </button>
    </form>
  );
}

function ResetPasswordForm({ account }: { account: AdminAccount }) {
  const [feedback, setFeedback] = useFeedback();
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId: account.id, password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `password-${account.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const result = await resetAccountPassword(values);
    if (!result.ok) {
      setFeedback({ ok: false, text: showServerErrors(form.setError, ["password"], result, "No password was set") });
      return;
    }
    setFeedback({
      ok: true,
      text: `New password set for ${result.data.account.name}. ${sessionsText(result.data.sessionsEnded)}`,
    });
    form.reset({ userId: account.id, password: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Password of ${account.name}`}>
      <h3 className="font-semibold">Reset password</h3>
      <div>
        <label htmlFor={id} className="field-label">
          New password
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
          At least {MIN_PASSWORD_LENGTH} characters. Signs the person out everywhere.
        </p>
        <FieldError id={id} message={errors.password?.message} />
      </div>
      <ActionStatus feedback={feedback} />
      <button type="submit" className="btn-secondary" disabled={isSubmitting}>
        Set new password
      </button>
    </form>
  );
}

function AccessControl({ account }: { account: AdminAccount }) {
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
          ? `${account.name} is disabled and can no longer sign in. ${sessionsText(result.data.sessionsEnded)}`
          : `${account.name} is enabled and can sign in again.`,
      });
      router.refresh();
    });

  return (
    <div role="group" aria-label={`Access of ${account.name}`} className="space-y-3">
      <h3 className="font-semibold">Access</h3>
      {account.disabled ? (
        <>
          <p className="text-sm text-muted">This account is disabled: sign-in is refused.</p>
          <button type="button" className="btn-secondary" disabled={pending} onClick={() => change(false)}>
            Enable account
          </button>
        </>
      ) : confirming ? (
        <div className="space-y-3 rounded-md border border-danger/40 bg-surface p-3">
          <p className="text-sm">
            Disable {account.name}? Their open sessions end at once and they cannot sign in until the account is enabled
            again.
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-danger" disabled={pending} onClick={() => change(true)}>
              Disable and sign out
            </button>
            <button type="button" className="btn-secondary" disabled={pending} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="text-sm text-muted">Disabling keeps the account and its history but refuses sign-in.</p>
          <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
            Disable account
          </button>
        </>
      )}
      <ActionStatus feedback={feedback} />
    </div>
  );
}
