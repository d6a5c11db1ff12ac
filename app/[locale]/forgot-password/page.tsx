import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.forgotPassword");
  return { title: t("metaTitle") };
}

/** Asks for a password reset link by e-mail (better-auth's /api/auth/request-password-reset). */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("account.forgotPassword");
  return (
    <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-2 md:items-start">
      <section className="space-y-4">
        <h1 className="text-display font-bold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </section>
      <section className="card" aria-label={t("formLabel")}>
        <ForgotPasswordForm />
      </section>
    </div>
  );
}
