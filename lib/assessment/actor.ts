import type { Role } from "./status";

/** Who asks: every read and write in the data layer takes one. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** ISO alpha-3 of the Member State a focal point answers for; null for other roles. */
  memberStateIso3: string | null;
  /**
   * Set when the request was authorized by a personal API token rather than a browser session:
   * the token's id and whether it may write (lib/auth/api-token.ts).
   */
  apiToken?: { id: string; write: boolean };
  /** Whether the account has a confirmed second factor (lib/auth/two-factor.ts); absent reads as none. */
  twoFactorEnabled?: boolean;
}

/** The name recorded in history and audit trails: the account's name, or its email when it has none. */
export function actorDisplayName(actor: Pick<Actor, "name" | "email">): string {
  return actor.name || actor.email;
}
