"use client";

import { Fragment, useState } from "react";
import type { AdminAccount } from "@/db/queries/admin";
import { ROLE_LABELS } from "@/lib/admin/accounts.validation";
import { formatDate } from "./format";
import { ManageAccountPanel } from "./manage-account-panel";
import type { StateOption } from "./member-state-select";

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
  const [open, setOpen] = useState<string | null>(null);

  return (
    <table className="data-table">
      <caption className="px-4 py-3 text-start text-sm text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Member State</th>
          <th scope="col">Status</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.length === 0 && (
          <tr>
            <td colSpan={COLUMNS} className="py-8 text-center text-muted">
              No account matches this filter.
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
                <td>{ROLE_LABELS[a.role]}</td>
                <td>
                  {a.memberStateIso3 ? (
                    <>
                      {a.memberStateName} <span className="font-mono text-xs text-muted">{a.memberStateIso3}</span>
                    </>
                  ) : (
                    <span aria-label="None" className="text-muted">
                      —
                    </span>
                  )}
                </td>
                <td>
                  {a.disabled ? (
                    <span className="badge bg-red-50 text-danger">Disabled</span>
                  ) : (
                    <span className="badge bg-green-50 text-ok">Active</span>
                  )}
                </td>
                <td className="whitespace-nowrap">{formatDate(a.createdAt)}</td>
                <td className="text-end">
                  {self ? (
                    <span className="badge bg-brand-50 text-brand-700" title="Your own account: see Your account">
                      You
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="btn-secondary px-3 py-1"
                      aria-expanded={expanded}
                      aria-controls={`manage-${a.id}`}
                      onClick={() => setOpen(expanded ? null : a.id)}
                    >
                      {expanded ? "Close" : "Manage"}
                      <span className="sr-only"> {a.name}</span>
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
