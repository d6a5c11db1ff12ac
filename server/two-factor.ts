import "server-only";
import { hasPasswordCredential } from "@/db/queries/users";
import type { Actor } from "@/lib/assessment/actor";
import { twoFactorRequired } from "@/lib/auth/two-factor";
import { assertSessionActor } from "./access";

/** What the enrolment page and the account page show of one's own second factor. */
export interface TwoFactorStatus {
  enabled: boolean;
  /** BDT accounts must have one (lib/auth/two-factor.ts). */
  required: boolean;
  /** Enabling or turning it off asks the password of an account that has one. */
  hasPassword: boolean;
}

export async function ownTwoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
  assertSessionActor(actor);
  return {
    enabled: actor.twoFactorEnabled ?? false,
    required: twoFactorRequired(actor.role),
    hasPassword: await hasPasswordCredential(actor.userId),
  };
}
