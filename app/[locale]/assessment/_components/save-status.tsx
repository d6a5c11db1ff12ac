"use client";

import { useTranslations } from "next-intl";
import type { SaveStatus } from "@/lib/assessment/autosave";

/** The autosave state, announced politely to screen readers. */
export function SaveStatusBadge({
  status,
  message,
  onRetry,
}: {
  status: SaveStatus;
  message?: string;
  onRetry: () => void;
}) {
  const t = useTranslations("assessment.saveStatus");
  const tone =
    status === "saved"
      ? "bg-green-50 text-ok border-green-200"
      : status === "saving"
        ? "bg-brand-50 text-brand-800 border-brand-200"
        : "bg-red-50 text-danger border-red-200";
  return (
    <div className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm font-semibold ${tone}`}>
      <span role="status" aria-live="polite" data-testid="save-status">
        {t(status)}
      </span>
      {status === "offline" && (
        <button type="button" onClick={onRetry} className="rounded border border-current px-2 py-0.5 text-xs">
          {t("retry")}
        </button>
      )}
      {status === "refused" && message && <span className="text-xs font-normal">{message}</span>}
    </div>
  );
}
