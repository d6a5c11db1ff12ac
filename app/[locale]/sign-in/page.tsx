import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, redirect } from "@/app/_i18n/navigation";
import { currentActor } from "@/app/_lib/session";
import { afterSignIn } from "@/app/_lib/after-sign-in";
import { FormPage } from "@/app/_components/form-page";
import { DEMO_TOTP_SECRET } from "@/lib/demo/two-factor";
import { hasDemoData } from "@/server/demo-data";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signIn");
  return { title: t("metaTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const locale = await getLocale();
  const actor = await currentActor();
  if (actor) redirect(afterSignIn(next, actor.role, locale));
  const t = await getTranslations("account.signIn");
  const common = await getTranslations("common");
  const demo = await hasDemoData();
  return (
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
      <SignInForm next={next ?? null} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password">{t("forgotPassword")}</Link>
      </p>
    </FormPage>
  );
}
