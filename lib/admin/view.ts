import type { Role } from "../assessment/status";

/** What the administration page and its forms show: accounts, cycles and region moves. */

export interface AdminAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
  memberStateIso3: string | null;
  memberStateName: string | null;
  disabled: boolean;
  createdAt: string;
  /**
   * Failed sign-ins counted against the account by the throttle (db/sign-in-throttle.ts): those of
   * the current 15-minute window, cleared by a successful sign-in.
   */
  failedSignIns: number;
  /** Until when the throttle refuses its sign-ins (429), when it does now. */
  signInBlockedUntil: string | null;
  /** Whether the account has a confirmed second factor (TOTP). */
  twoFactorEnabled: boolean;
}

export interface AccountList {
  accounts: AdminAccount[];
  /** Accounts in the database, whatever the filter. */
  total: number;
}

export interface AccountChangeResult {
  account: AdminAccount;
  /** How many signed-in sessions the change ended. */
  sessionsEnded: number;
}

export interface AdminCycle {
  year: number;
  status: "open" | "closed";
  openedAt: string;
  closedAt: string | null;
  /** The submission deadline (ISO day), or null. */
  deadline: string | null;
  /** Assessments started in the cycle, whatever their status. */
  assessments: number;
}

export interface RegionMove {
  iso3: string;
  name: string;
  from: string;
  to: string;
}
