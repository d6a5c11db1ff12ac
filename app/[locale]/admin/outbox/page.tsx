import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { showRefusalPage } from "@/app/_lib/page-refusal";
import { requirePageActor } from "@/app/_lib/session";
import { listOutbox } from "@/server/outbox";
import { isMailKind } from "@/lib/mail/templates";
import { mailStatusLabel, outboxDateFormat } from "./_components/outbox-format";
import { TableHead } from "@/app/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

/** Every message the application queued, newest first: without SMTP_URL, the place to read them. */
export default async function OutboxPage() {
  const actor = await requirePageActor("/admin/outbox");
  const locale = await getLocale();
  const t = await getTranslations("admin.outbox");
  const messages = await listOutbox(actor).catch(showRefusalPage);
  const when = outboxDateFormat(locale);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">
          <Link href="/admin#accounts">{t("back")}</Link>
        </p>
        <h1 className="text-display font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("lead")}</p>
      </header>
      {messages.length === 0 ? (
        <p className="card text-muted">{t("empty")}</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="data-table">
            <caption className="sr-only">{t("caption", { count: messages.length })}</caption>
            <TableHead
              columns={[
                { label: t("date") },
                { label: t("recipient") },
                { label: t("subject") },
                { label: t("kind") },
                { label: t("status") },
              ]}
            />
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td className="whitespace-nowrap">{when(m.createdAt)}</td>
                  <td>
                    <span dir="ltr">{m.recipient}</span>
                  </td>
                  <td>
                    <Link href={`/admin/outbox/${m.id}`} lang={m.locale} dir="auto">
                      {m.subject}
                    </Link>
                  </td>
                  <td>{t(`kinds.${isMailKind(m.kind) ? m.kind : "invitation"}`)}</td>
                  <td>{mailStatusLabel(t, m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
