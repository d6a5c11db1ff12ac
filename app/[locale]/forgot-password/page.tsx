import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormPage } from "@/app/_components/form-page";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.forgotPassword");
  return { title: t("metaTitle") };
}

/** Asks for a password reset link by e-mail (better-auth's /api/auth/request-password-reset). */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("account.forgotPassword");
  return (
    <PageMessages page="forgot-password">
      <FormPage title={t("title")} formLabel={t("formLabel")} aside={<p className="text-muted">{t("intro")}</p>}>
        <ForgotPasswordForm />
      </FormPage>
    </PageMessages>
  );
}
