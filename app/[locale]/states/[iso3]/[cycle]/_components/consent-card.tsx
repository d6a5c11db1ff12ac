"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { useRouter } from "@/app/_i18n/navigation";
import { formatDate } from "@/app/[locale]/admin/_components/format";
import { setConsentAction } from "../actions";

export interface ConsentCardView {
  iso3: string;
  cycle: number;
  stateName: string;
  consent: boolean | null;
  decidedByName: string | null;
  decidedAt: string | null;
  publishAt: string | null;
  open: boolean;
  validated: boolean;
  /** The reader is the state's focal point (BDT reads the decision only). */
  canDecide: boolean;
}

/**
 * Publication by name (issue 20): whether the state's validated results of the cycle appear on the public
 * country profiles. Its focal point decides, until the cycle's publication date; who and when are shown.
 */
export function ConsentCard({ view }: { view: ConsentCardView }) {
  const t = useTranslations("results.consent");
  const locale = useLocale();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();
  const decide = (consent: boolean) =>
    startTransition(async () => {
      setFeedback(null);
      const result = await setConsentAction({ iso3: view.iso3, cycle: view.cycle, consent });
      setFeedback(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });
  return (
    <section aria-labelledby="consent-heading" className="card space-y-3 print:hidden" data-testid="consent-card">
      <h2 id="consent-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{t("intro", { state: view.stateName, cycle: view.cycle })}</p>
      <p className="text-sm">
        {view.publishAt ? t("publishAt", { date: formatDate(view.publishAt, locale) }) : t("noDate")}
      </p>
      <p className="font-semibold" data-testid="consent-state" data-consent={String(view.consent)}>
        {view.consent === null ? t("undecided") : view.consent ? t("yes") : t("no")}
      </p>
      {view.decidedByName && view.decidedAt && (
        <p className="text-sm text-muted">
          {t("decided", { name: view.decidedByName, date: formatDate(view.decidedAt, locale) })}
        </p>
      )}
      {!view.validated ? (
        <p className="text-sm text-muted">{t("notValidated")}</p>
      ) : !view.open ? (
        <p className="text-sm text-muted">{t("closed")}</p>
      ) : (
        view.canDecide && (
          <div className="flex flex-wrap gap-3">
            {view.consent !== true && (
              <button type="button" className="btn-primary" disabled={pending} onClick={() => decide(true)}>
                {t("agree")}
              </button>
            )}
            {view.consent !== false && (
              <button type="button" className="btn-secondary" disabled={pending} onClick={() => decide(false)}>
                {t("withdraw")}
              </button>
            )}
          </div>
        )
      )}
      <ActionStatus feedback={feedback} />
    </section>
  );
}
