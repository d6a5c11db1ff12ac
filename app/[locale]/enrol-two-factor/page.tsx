import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link, redirect } from "@/app/_i18n/navigation";
import { homeForRole } from "@/lib/auth/sign-in.validation";
import { enrollingActor } from "@/app/_lib/session";
import { signOut } from "@/app/_lib/auth-actions";
import { FormPage } from "@/app/_components/form-page";
import { ENROLMENT_PATH } from "@/lib/auth/two-factor";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { ownTwoFactorStatus } from "@/server/two-factor";
import { EnrolTwoFactor } from "./_components/enrol-two-factor";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.twoFactor");
  return { title: t("metaTitle") };
}

/**
 * Setting up an authenticator app: the password (when the account has one), a QR code and the secret as
 * text, a code to confirm, then the backup codes, shown once. BDT accounts without one land here first.
 */
export default async function EnrolTwoFactorPage() {
  const actor = await enrollingActor();
  const locale = await getLocale();
  if (!actor)
    return redirect({
      href: `/sign-in?next=${encodeURIComponent(ENROLMENT_PATH)}`,
      locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    });
  const status = await ownTwoFactorStatus(actor);
  const t = await getTranslations("account.twoFactor");
  return (
    <PageMessages page="enrol-two-factor">
      <FormPage
        eyebrow={t("eyebrow")}
        title={t("title")}
        formLabel={t("title")}
        aside={
          <>
            <p className="text-muted">{status.required ? t("requiredIntro") : t("optionalIntro")}</p>
            {status.required && !status.enabled && (
              <form action={signOut}>
                <button type="submit" className="btn-secondary">
                  {t("signOut")}
                </button>
              </form>
            )}
          </>
        }
      >
        {status.enabled ? (
          <div className="space-y-4">
            <p role="status">{t("already")}</p>
            <Link href="/account">{t("toAccount")}</Link>
          </div>
        ) : (
          <EnrolTwoFactor
            hasPassword={status.hasPassword}
            home={getPathname({ href: homeForRole(actor.role), locale: isLocale(locale) ? locale : DEFAULT_LOCALE })}
          />
        )}
      </FormPage>
    </PageMessages>
  );
}
