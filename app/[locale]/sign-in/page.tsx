import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, redirect } from "@/app/_i18n/navigation";
import { currentActor } from "@/app/_lib/session";
import { afterSignIn } from "@/app/_lib/after-sign-in";
import { FormPage } from "@/app/_components/form-page";
import { serverEnv } from "@/db/env";
import { signOnFailure } from "@/lib/auth/sso";
import { DEMO_TOTP_SECRET } from "@/lib/demo/two-factor";
import { errorMessage } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { hasDemoData } from "@/server/demo-data";
import { SignInForm } from "./_components/sign-in-form";
import { SsoButtons } from "./_components/sso-buttons";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signIn");
  return { title: t("metaTitle") };
}

type SearchParams = { next?: string | string[]; error?: string | string[]; step?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const next = first(params.next);
  const locale = await getLocale();
  const actor = await currentActor();
  if (actor) redirect(afterSignIn(next, actor.role, locale));
  const t = await getTranslations("account.signIn");
  // Single sign-on: one button per configured provider; a sign-on that came back refused says why; an
  // account with a second factor comes back to the code step (db/auth.ts, secondStepAfterSignOn).
  const providers = serverEnv().oidcProviders.map(({ id, name }) => ({ id, name }));
  const failure = signOnFailure(params.error);
  const failureText =
    failure?.kind === "refusal"
      ? errorMessage(isLocale(locale) ? locale : DEFAULT_LOCALE, failure.code)
      : failure?.kind === "cancelled"
        ? t("sso.cancelled")
        : failure
          ? t("sso.failed", { code: failure.code })
          : null;
  const codeStep = first(params.step) === "code";
  const common = await getTranslations("common");
  const demo = await hasDemoData();
  return (
    <PageMessages page="sign-in">
      <FormPage
        eyebrow={common("appName")}
        title={t("title")}
        formLabel={t("formLabel")}
        aside={
          <>
            <p className="text-muted">{t("intro")}</p>
            <p className="text-sm text-muted">{t("accountsNote")}</p>
            {demo && (
              <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-warn">
                {t.rich("demoTotp", {
                  secret: DEMO_TOTP_SECRET,
                  strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
                  code: (chunks) => (
                    <code dir="ltr" className="font-mono whitespace-nowrap">
                      {chunks}
                    </code>
                  ),
                })}
              </p>
            )}
          </>
        }
      >
        {failureText && (
          <p role="alert" className="mb-5 rounded-md border border-danger/40 bg-red-50 px-4 py-3 text-sm text-danger">
            {failureText}
          </p>
        )}
        <SignInForm next={next ?? null} initialStep={codeStep ? "code" : "password"} />
        {!codeStep && (
          <p className="mt-4 text-sm">
            <Link href="/forgot-password">{t("forgotPassword")}</Link>
          </p>
        )}
        {!codeStep && providers.length > 0 && <SsoButtons providers={providers} next={next ?? null} />}
      </FormPage>
    </PageMessages>
  );
}
