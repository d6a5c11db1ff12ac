"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useState, type ReactNode } from "react";
import type { AdminAccount } from "@/lib/admin/view";
import { formatDate } from "./format";
import { ManageAccountPanel } from "./manage-account-panel";
import type { StateOption } from "./member-state-select";
import { TableHead } from "@/app/_components/table-head";

const COLUMNS = 7;

export function AccountsTable({
  accounts,
  states,
  actorId,
  caption,
}: {
  accounts: readonly AdminAccount[];
  states: readonly StateOption[];
  actorId: string;
  caption: string;
}) {
  const t = useTranslations("admin.accounts");
  const tRoles = useTranslations("common.roles");
  const locale = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

  return (
    <table className="data-table">
      <caption className="px-4 py-3 text-start text-sm text-muted">{caption}</caption>
      <TableHead
        columns={[
          { label: t("name") },
          { label: t("email") },
          { label: t("role") },
          { label: t("memberState") },
          { label: t("status") },
          { label: t("created") },
          { label: t("actions"), srOnly: true },
        ]}
      />
      <tbody>
        {accounts.length === 0 && (
          <tr>
            <td colSpan={COLUMNS} className="py-8 text-center text-muted">
              {t("empty")}
            </td>
          </tr>
        )}
        {accounts.map((a) => {
          const expanded = open === a.id;
          const self = a.id === actorId;
          return (
            <Fragment key={a.id}>
              <tr className={a.disabled ? "text-muted" : undefined}>
                <td className="font-medium">{a.name}</td>
                <td className="break-all">{a.email}</td>
                <td>{tRoles(a.role)}</td>
                <td>
                  {a.memberStateIso3 ? (
                    <>
                      {a.memberStateName} <span className="font-mono text-xs text-muted">{a.memberStateIso3}</span>
                    </>
                  ) : (
                    <span aria-label={t("none")} className="text-muted">
                      —
                    </span>
                  )}
                </td>
                <td>
                  {a.disabled ? (
                    <span className="badge bg-red-50 text-danger">{t("disabled")}</span>
                  ) : (
                    <span className="badge bg-green-50 text-ok">{t("active")}</span>
                  )}
                  {a.failedSignIns > 0 && (
                    <span className="mt-1 block text-xs text-warn">
                      {t("failedSignIns", { count: a.failedSignIns })}
                      {a.signInBlockedUntil &&
                        ` · ${t("signInBlockedUntil", { time: new Date(a.signInBlockedUntil).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }) })}`}
                    </span>
                  )}
                </td>
                <td className="whitespace-nowrap">{formatDate(a.createdAt, locale)}</td>
                <td className="text-end">
                  {self ? (
                    <span className="badge bg-brand-50 text-brand-700" title={t("youTitle")}>
                      {t("you")}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="btn-secondary px-3 py-1"
                      aria-expanded={expanded}
                      aria-controls={`manage-${a.id}`}
                      onClick={() => setOpen(expanded ? null : a.id)}
                    >
                      {t.rich(expanded ? "close" : "manage", { name: a.name, sr })}
                    </button>
                  )}
                </td>
              </tr>
              {expanded && (
                <tr id={`manage-${a.id}`}>
                  <td colSpan={COLUMNS} className="p-0">
                    <ManageAccountPanel account={a} states={states} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
