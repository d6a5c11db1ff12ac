import "server-only";
import { createHash } from "node:crypto";
import { readCycleChangeStamp } from "@/db/queries/analysis";
import type { Include } from "@/lib/analysis/counting";
import type { Actor } from "@/lib/assessment/actor";
import type { Locale } from "@/lib/i18n/locales";
import { assertSessionActor, isBdt } from "./access";
import { listCycles } from "./cycles";
import { countUnreadNotifications } from "./notifications";

/** The cycle dashboard as one reader asks for it: `/{locale}/analysis/{cycle}?include=…`. */
export interface DashboardPage {
  locale: Locale;
  cycle: number;
  include: Include;
}

/**
 * The key of the dashboard's rendering for this reader, or null when it must be rendered as usual
 * (a reader who is not BDT, whom the page refuses; a cycle that does not exist). Equal keys mean
 * equal HTML but for the CSP nonce, so the production server may send a rendering it kept
 * (scripts/http/page-cache.mjs) instead of rendering again. The key covers everything the page and
 * its layout read: who reads (account, role, name, state, second factor: the header and the access
 * check), their unread messages (the header's badge), the cycles (the cycle picker), the cycle's
 * change stamp (its assessments, scores, publication, Member States and the demo-data flag: the same
 * stamp as the analyst reads' entity tags), the language and the counting choice. Computed after the
 * session is checked, so a signed-out, revoked or changed account never gets another's key.
 */
export async function dashboardRenderingKey(actor: Actor, page: DashboardPage): Promise<string | null> {
  assertSessionActor(actor);
  if (!isBdt(actor)) return null;
  const [stamp, cycles, unread] = await Promise.all([
    readCycleChangeStamp(page.cycle),
    listCycles(),
    countUnreadNotifications(actor),
  ]);
  if (stamp === undefined) return null;
  const reader = [actor.userId, actor.email, actor.name, actor.role, actor.memberStateIso3, actor.twoFactorEnabled];
  const inputs = JSON.stringify({ page: "analysis/[cycle]", ...page, reader, unread, cycles, stamp });
  // Hashed: the stamp holds row counts and times that are nobody's business.
  return createHash("sha256").update(inputs).digest("base64url");
}
