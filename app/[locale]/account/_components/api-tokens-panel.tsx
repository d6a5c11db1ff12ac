"use client";

import { useLazyZodResolver } from "@/app/_components/forms/lazy-schema";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { FormField } from "@/app/_components/forms/form-field";
import { useRouter } from "@/app/_i18n/navigation";
import { TOKEN_DAYS, type ApiTokenView } from "@/lib/auth/api-token";
import type { newApiTokenSchema } from "@/lib/auth/api-token.validation";
import { createToken, revokeToken } from "../actions";

type FormInput = z.input<typeof newApiTokenSchema>;

/** Create a token (its secret shown once, with a copy button), list the user's tokens, revoke one. */
export function ApiTokensPanel({ tokens }: { tokens: ApiTokenView[] }) {
  const t = useTranslations("account.tokens");
  const format = useFormatter();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<FormInput>({
    resolver: useLazyZodResolver(() => import("@/lib/auth/api-token.validation").then((m) => m.newApiTokenSchema)),
    defaultValues: { name: "", expiresInDays: TOKEN_DAYS.default, write: false },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createToken(values);
    if (result.ok) {
      setSecret({ name: result.data.name, token: result.data.token });
      setCopied(false);
      setFeedback(null);
      form.reset();
      router.refresh();
    } else {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
        form.setError(field as keyof FormInput, { message: messages[0] });
      setFeedback({ ok: false, text: result.error });
    }
  });

  const revoke = async (token: ApiTokenView) => {
    const result = await revokeToken({ id: token.id });
    setFeedback(result.ok ? { ok: true, text: t("revoked", { name: token.name }) } : { ok: false, text: result.error });
    router.refresh();
  };

  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (an insecure origin): the token stays selectable on the page
    }
  };

  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("intro")}</p>
      {secret && (
        <div className="space-y-2 rounded-md border border-ok/40 bg-green-50 p-3 text-sm" data-testid="new-token">
          <p className="font-semibold">{t("shownOnce", { name: secret.name })}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code dir="ltr" className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs">
              {secret.token}
            </code>
            <button type="button" className="btn-secondary" onClick={() => copy(secret.token)}>
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <FormField id="token-name" label={t("name")} error={errors.name?.message}>
          {(control) => <input {...control} {...form.register("name")} placeholder={t("namePlaceholder")} />}
        </FormField>
        <FormField id="token-days" label={t("expiresInDays")} error={errors.expiresInDays?.message}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={TOKEN_DAYS.min}
              max={TOKEN_DAYS.max}
              className={`${control.className} w-28`}
              {...form.register("expiresInDays", { valueAsNumber: true })}
            />
          )}
        </FormField>
        <label className="flex items-start gap-2 text-sm sm:col-span-2">
          <input type="checkbox" className="mt-1" {...form.register("write")} />
          <span>
            {t("write")}
            <span className="block text-muted">{t("writeHint")}</span>
          </span>
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className="btn-primary" disabled={isSubmitting}>
            {t("create")}
          </button>
        </div>
      </form>
      <ActionStatus feedback={feedback} />
      {tokens.length === 0 ? (
        <p className="text-sm text-muted">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line text-sm" aria-label={t("listLabel")}>
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3" data-token-id={token.id}>
              <span className="min-w-0 flex-1 font-semibold">{token.name}</span>
              <span className={`badge ${token.write ? "bg-amber-100 text-warn" : "bg-brand-100 text-brand-800"}`}>
                {token.write ? t("readWrite") : t("readOnly")}
              </span>
              <span className="text-muted">
                {t("dates", {
                  created: date(token.createdAt),
                  expires: date(token.expiresAt),
                  lastUsed: token.lastUsedAt ? date(token.lastUsedAt) : t("never"),
                })}
              </span>
              <button
                type="button"
                className="rounded px-2 py-0.5 text-danger hover:bg-red-50"
                onClick={() => revoke(token)}
                aria-label={t("revokeLabel", { name: token.name })}
              >
                {t("revoke")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
