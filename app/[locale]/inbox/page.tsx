import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/app/_lib/session";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getInbox } from "@/server/notifications";
import { InboxList } from "./_components/inbox-list";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.inbox");
  return { title: t("title") };
}

/** The signed-in person's messages: reminders and what needs them, newest first. */
export default async function InboxPage() {
  const actor = await requirePageActor("/inbox");
  const locale = await getLocale();
  const t = await getTranslations("account.inbox");
  const inbox = await getInbox(actor, isLocale(locale) ? locale : DEFAULT_LOCALE);
  return (
    <PageMessages page="inbox">
      <div className="space-y-6">
        <header className="space-y-2">
          <p className="eyebrow">{t("eyebrow")}</p>
          <h1 className="text-display font-bold">{t("title")}</h1>
          <p className="max-w-3xl text-muted">{t("lead")}</p>
        </header>
        <InboxList inbox={inbox} />
      </div>
    </PageMessages>
  );
}
