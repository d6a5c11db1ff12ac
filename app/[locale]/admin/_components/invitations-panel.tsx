"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import type { Role } from "@/lib/assessment/status";
import { resendInvitation, revokeInvitation } from "../actions";
import { ActionStatus, useFeedback } from "@/app/_components/forms/action-status";
import { useRouter } from "@/app/_i18n/navigation";
import { formatDate } from "./format";
import { roleSentence } from "./role-sentence";
import { TableHead } from "@/app/_components/table-head";

export interface PendingInvitationRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  memberStateName: string | null;
  invitedByName: string | null;
  expiresAt: string;
}

/** Invitations waiting for their person: send the link again (a new one, valid seven days) or withdraw it. */
export function InvitationsPanel({ invitations }: { invitations: readonly PendingInvitationRow[] }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const router = useRouter();
  const [feedback, setFeedback] = useFeedback();
  const [pending, startTransition] = useTransition();

  const act = (kind: "resend" | "revoke", invitation: PendingInvitationRow) =>
    startTransition(async () => {
      const result = await (kind === "resend" ? resendInvitation : revokeInvitation)({ invitationId: invitation.id });
      setFeedback(
        result.ok
          ? {
              ok: true,
              text: t(`invitations.${kind === "resend" ? "resent" : "revoked"}`, { email: invitation.email }),
            }
          : { ok: false, text: result.error },
      );
      router.refresh();
    });

  if (invitations.length === 0) return <p className="text-sm text-muted">{t("invitations.empty")}</p>;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">{t("invitations.caption")}</caption>
          <TableHead
            columns={[
              { label: t("accounts.name") },
              { label: t("accounts.email") },
              { label: t("accounts.role") },
              { label: t("invitations.invitedBy") },
              { label: t("invitations.expires") },
              { label: t("accounts.actions") },
            ]}
          />
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>{i.name}</td>
                <td>
                  <span dir="ltr">{i.email}</span>
                </td>
                <td>{t(...roleSentence(i.role, i.memberStateName))}</td>
                <td>{i.invitedByName ?? "—"}</td>
                <td>{formatDate(i.expiresAt, locale)}</td>
                <td className="space-x-2 whitespace-nowrap rtl:space-x-reverse">
                  <button type="button" className="btn-secondary" disabled={pending} onClick={() => act("resend", i)}>
                    {t.rich("invitations.resend", {
                      name: i.name,
                      sr: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </button>
                  <button type="button" className="btn-danger" disabled={pending} onClick={() => act("revoke", i)}>
                    {t.rich("invitations.revoke", {
                      name: i.name,
                      sr: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionStatus feedback={feedback} />
    </div>
  );
}
