import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NoticePanel } from "@/app/_components/notice-panel";
import { isAppError } from "@/lib/errors";
import { memberStateName } from "@/lib/reference";
import { readInvitation } from "@/server/invitations";
import { FormPage } from "@/app/_components/form-page";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.invitation");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

/** The page an invitation's link opens: the person chooses their own password, which creates the account. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = await getLocale();
  const t = await getTranslations("account.invitation");
  const tRoles = await getTranslations("common.roles");
  const invitation = await readInvitation(token).catch((error: unknown) => {
    if (isAppError(error, "not_found")) return null;
    throw error;
  });
  if (!invitation)
    return (
      <NoticePanel title={t("invalidTitle")} action={{ href: "/sign-in", label: t("toSignIn") }}>
        <p>{t("invalidText")}</p>
      </NoticePanel>
    );
  const role = invitation.iso3
    ? t("roleWithState", { role: tRoles(invitation.role), state: memberStateName(invitation.iso3, locale) })
    : tRoles(invitation.role);
  return (
    <PageMessages page="invitation/[token]">
      <FormPage
        eyebrow={t("eyebrow")}
        title={t("title", { name: invitation.name })}
        formLabel={t("formLabel")}
        aside={
          <>
            <p className="text-muted">{t("intro")}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              <dt className="text-muted">{t("email")}</dt>
              <dd>
                <span dir="ltr">{invitation.email}</span>
              </dd>
              <dt className="text-muted">{t("role")}</dt>
              <dd>{role}</dd>
            </dl>
          </>
        }
      >
        <AcceptInvitationForm token={token} />
      </FormPage>
    </PageMessages>
  );
}
