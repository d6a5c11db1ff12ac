"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/app/_i18n/navigation";
import { withdrawAssignmentAction } from "../actions";

/** Takes one question back from its contributor. */
export function WithdrawButton({ questionId }: { questionId: string }) {
  const t = useTranslations("assessment.team.table");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span>
      <button
        type="button"
        className="text-xs text-danger underline"
        disabled={busy}
        aria-label={t("withdrawLabel", { question: questionId })}
        onClick={async () => {
          setBusy(true);
          const result = await withdrawAssignmentAction({ questionId });
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {t("withdraw")}
      </button>
      {error && (
        <span role="alert" className="ms-2 text-xs text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
