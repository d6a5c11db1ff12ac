import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticePanel } from "@/app/_components/notice-panel";
import { FormPage } from "@/app/_components/form-page";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.resetPassword");
  return { title: t("metaTitle") };
}

/** The page a reset link opens (`?token=`): the new password goes to better-auth's /api/auth/reset-password. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("account.resetPassword");
  if (!token)
    return (
      <NoticePanel title={t("invalidTitle")} action={{ href: "/forgot-password", label: t("askAgain") }}>
        <p>{t("invalidText")}</p>
      </NoticePanel>
    );
  return (
    <PageMessages page="reset-password">
      <FormPage title={t("title")} formLabel={t("formLabel")} aside={<p className="text-muted">{t("intro")}</p>}>
        <ResetPasswordForm token={token} />
      </FormPage>
    </PageMessages>
  );
}
