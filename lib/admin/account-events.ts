import { z } from "zod";

/**
 * What the accounts' audit trail records: what administrators did to an account, what its owner did with
 * its credentials, and each failed sign-in to it. Administrators read it on the accounts page.
 */
export const ACCOUNT_EVENT_KINDS = [
  "sign_in_failed",
  "account_disabled",
  "account_enabled",
  "role_changed",
  "password_reset",
  "two_factor_reset",
  "api_token_created",
  "api_token_revoked",
] as const;
export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];

/** The most recent events an administrator sees for one account. */
export const ACCOUNT_HISTORY_LIMIT = 50;

export const accountHistorySchema = z.object({ userId: z.string().trim().min(1).max(200) }).strict();
export type AccountHistoryInput = z.infer<typeof accountHistorySchema>;

/** One line of an account's history as administrators read it (newest first). */
export interface AccountEventView {
  id: number;
  kind: AccountEventKind;
  at: string;
  /** Who did it; empty for a failed sign-in (nobody is known). */
  actorName: string;
  /** The client address of a failed sign-in, a token's name, a new role. */
  detail: string | null;
}

/** Keeps a kind that this version knows; an older row of an unknown kind is not shown as something else. */
export function isAccountEventKind(kind: string): kind is AccountEventKind {
  return (ACCOUNT_EVENT_KINDS as readonly string[]).includes(kind);
}
