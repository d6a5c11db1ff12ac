/** An invitation's link is valid this long after it is sent (or sent again). */
export const INVITATION_VALID_DAYS = 7;

export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/** Where an invitation stands at `now`: only a pending one can be accepted, resent or revoked. */
export function invitationState(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}
