import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOutEverywhere } from "@/app/_lib/auth-actions";
import { requirePageActor } from "@/app/_lib/session";
import { headers } from "next/headers";
import { listApiTokens } from "@/server/api-tokens";
import { currentSessionId } from "@/server/session";
import { listOwnSessions } from "@/server/sessions";
import { ApiTokensPanel } from "./_components/api-tokens-panel";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SessionsPanel } from "./_components/sessions-panel";
import { NotificationSettingsForm } from "./_components/notification-settings-form";
import { getNotificationSettings } from "@/server/notifications";
import { TwoFactorPanel } from "./_components/two-factor-panel";
import { ownTwoFactorStatus } from "@/server/two-factor";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.page");
  return { title: t("metaTitle") };
}

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  const t = await getTranslations("account");
  const [tokens, sessions, notificationSettings, twoFactor] = await Promise.all([
    listApiTokens(actor),
    currentSessionId(await headers()).then((current) => listOwnSessions(actor, current)),
    getNotificationSettings(actor),
    ownTwoFactorStatus(actor),
  ]);
  return (
    <PageMessages page="account">
      <div className="space-y-8">
        <header>
          <p className="eyebrow">{t("page.eyebrow")}</p>
          <h1 className="text-display font-bold">{actor.name}</h1>
        </header>
        <div className="grid gap-6 md:grid-cols-2">
          <section className="card space-y-4" aria-labelledby="profile">
            <h2 id="profile" className="text-lg font-semibold">
              {t("page.profile")}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              <dt className="text-muted">{t("page.email")}</dt>
              <dd>
                {/* An address reads left to right, also on an Arabic page. */}
                <span dir="ltr">{actor.email}</span>
              </dd>
              <dt className="text-muted">{t("page.role")}</dt>
              <dd>{t(`page.roles.${actor.role}`)}</dd>
              {actor.memberStateIso3 && (
                <>
                  <dt className="text-muted">{t("page.memberState")}</dt>
                  <dd>{actor.memberStateIso3}</dd>
                </>
              )}
            </dl>
            <form action={signOutEverywhere} className="border-t border-line pt-4">
              <p className="mb-3 text-sm text-muted">{t("page.signOutEverywhereText")}</p>
              <button type="submit" className="btn-danger">
                {t("page.signOutEverywhere")}
              </button>
            </form>
          </section>
          <section className="card space-y-4" aria-labelledby="password">
            <h2 id="password" className="text-lg font-semibold">
              {t("changePassword.heading")}
            </h2>
            <ChangePasswordForm />
          </section>
          <section className="card space-y-4" aria-labelledby="notifications">
            <h2 id="notifications" className="text-lg font-semibold">
              {t("notifications.heading")}
            </h2>
            <p className="text-sm text-muted">{t("notifications.intro")}</p>
            <NotificationSettingsForm settings={notificationSettings} />
          </section>
          <section className="card space-y-4" aria-labelledby="two-factor">
            <h2 id="two-factor" className="text-lg font-semibold">
              {t("page.twoFactor.heading")}
            </h2>
            <TwoFactorPanel status={twoFactor} />
          </section>
          <section className="card space-y-4" aria-labelledby="sessions">
            <h2 id="sessions" className="text-lg font-semibold">
              {t("sessions.heading")}
            </h2>
            <SessionsPanel sessions={sessions} />
          </section>
          <section className="card space-y-4" aria-labelledby="api-tokens">
            <h2 id="api-tokens" className="text-lg font-semibold">
              {t("tokens.heading")}
            </h2>
            <ApiTokensPanel tokens={tokens} />
          </section>
        </div>
      </div>
    </PageMessages>
  );
}
