import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/app/_i18n/navigation";
import { showRefusalPage } from "@/app/_lib/page-refusal";
import { requirePageActor } from "@/app/_lib/session";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { readOutboxMessage } from "@/server/outbox";
import { mailStatusLabel, outboxDateFormat } from "../_components/outbox-format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("messageTitle") };
}

export const dynamic = "force-dynamic";

/** One message as its recipient reads it (the plain-text part), with where it stands. */
export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/outbox/${id}`);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const locale = await getLocale();
  const t = await getTranslations("admin.outbox");
  const mail = await readOutboxMessage(actor, Number(id)).catch(showRefusalPage);
  const when = outboxDateFormat(locale);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">
          <Link href="/admin/outbox">{t("backToOutbox")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{mail.subject}</h1>
      </header>
      <dl className="card grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-muted">{t("recipient")}</dt>
        <dd>
          <span dir="ltr">{mail.recipient}</span>
        </dd>
        <dt className="text-muted">{t("date")}</dt>
        <dd>{when(mail.createdAt)}</dd>
        <dt className="text-muted">{t("status")}</dt>
        <dd>
          {mailStatusLabel(t, mail)}
          {mail.sentAt && ` — ${when(mail.sentAt)}`}
        </dd>
        {mail.lastError && (
          <>
            <dt className="text-muted">{t("lastError")}</dt>
            <dd>
              <code dir="ltr">{mail.lastError}</code>
            </dd>
          </>
        )}
      </dl>
      <section className="card" aria-label={t("body")}>
        <pre
          lang={mail.locale}
          dir={isLocale(mail.locale) ? directionOf(mail.locale) : "ltr"}
          className="whitespace-pre-wrap break-words font-sans text-sm"
        >
          {mail.text}
        </pre>
      </section>
    </div>
  );
}
