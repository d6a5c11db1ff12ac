/**
 * When a failed message is tried again: the first retry after `baseMs`, each further one after twice the
 * previous delay, never more than MAX_RETRY_DELAY_MS apart. After MAX_ATTEMPTS failures the message is
 * given up (status `failed`, kept in the outbox with its last error).
 */
export const MAX_ATTEMPTS = 12;
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** The delay before the next attempt, after `attempts` failed ones (1 = the first failure). */
export function retryDelayMs(attempts: number, baseMs: number): number {
  const doublings = Math.max(0, attempts - 1);
  // 2^doublings grows past any cap quickly: stop doubling once over it (no Infinity on a long outage).
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.min(doublings, 30));
}

/** What a failed attempt leads to: another try at `retryAt`, or giving up. */
export function afterFailure(
  attempts: number,
  baseMs: number,
  now: Date,
): { status: "queued"; retryAt: Date } | { status: "failed" } {
  if (attempts >= MAX_ATTEMPTS) return { status: "failed" };
  return { status: "queued", retryAt: new Date(now.getTime() + retryDelayMs(attempts, baseMs)) };
}

/**
 * How long a claimed message is kept from other senders while one sends it: a sender that dies mid-send
 * leaves the message to be tried again after this, never lost (at worst sent twice after a crash).
 */
export const CLAIM_LEASE_MS = 5 * 60 * 1000;
