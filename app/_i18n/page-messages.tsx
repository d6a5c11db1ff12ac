import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type Messages } from "@/lib/i18n/pick-messages";

/**
 * The messages each page's client components read, by the page's folder under app/[locale]. A page sends the
 * browser only these (the whole catalogue is about 80 kB, which every page used to carry in its HTML).
 * page-messages.test.ts reads the client components each page imports and fails when a list misses one of
 * their namespaces or names a page that does not exist.
 */
export const PAGE_MESSAGES = {
  account: [
    "account.changePassword",
    "account.notifications",
    "account.page.twoFactor",
    "account.sessions",
    "account.tokens",
    "errors",
  ],
  admin: ["admin", "common.roles", "errors"],
  "analysis/[cycle]": [
    "analysis.charts",
    "analysis.map",
    "analysis.ranking",
    "analysis.shared",
    "analysis.tables",
    "common",
  ],
  "analysis/[cycle]/heatmap": ["analysis.shared.includeSwitch"],
  "analysis/campaign": ["analysis.campaign", "analysis.charts"],
  "analysis/trends": ["analysis.charts", "analysis.shared"],
  assessment: ["assessment", "common.linkCheck", "errors", "plan", "validation"],
  "enrol-two-factor": ["account.signIn.form", "account.twoFactor", "errors"],
  "forgot-password": ["account.forgotPassword", "errors"],
  inbox: ["account.inbox"],
  "invitation/[token]": ["account.invitation", "errors"],
  plan: ["errors", "plan"],
  profiles: ["analysis.map", "common.status"],
  "reset-password": ["account.resetPassword", "errors"],
  "sign-in": ["account.signIn.form", "account.signIn.sso", "errors"],
  "states/[iso3]/[cycle]": [
    "assessment.documents",
    "common",
    "errors",
    "plan",
    "results.charts",
    "results.consent",
    "results.gapItem",
    "results.planner",
    "results.tierScale",
    "results.whatIf",
  ],
  "states/[iso3]/[cycle]/review": ["assessment.documents", "common.linkCheck", "results.reviewForm", "validation"],
  "states/[iso3]/plan": ["errors", "plan"],
  team: ["assessment.team.assign", "assessment.team.invite", "assessment.team.table", "errors"],
} as const satisfies Record<string, readonly string[]>;

/** What the header and footer's client components read, on every page. */
export const LAYOUT_MESSAGES = ["common.language"] as const;

export type MessagesPage = keyof typeof PAGE_MESSAGES;

/** Gives the client components of one page the messages they read (PAGE_MESSAGES), and no others. */
export async function PageMessages({ page, children }: { page: MessagesPage; children: ReactNode }) {
  const messages = pickMessages((await getMessages()) as Messages, PAGE_MESSAGES[page]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** The header and footer's messages, for the layout's provider. */
export async function layoutMessages(locale: string): Promise<Messages> {
  return pickMessages((await getMessages({ locale })) as Messages, LAYOUT_MESSAGES);
}
