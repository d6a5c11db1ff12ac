import { useTranslations } from "next-intl";
import { Suspense } from "react";
import type { Actor } from "@/lib/assessment/actor";
import { signOut } from "../_lib/auth-actions";
import { currentActor } from "../_lib/session";
import { countUnreadNotifications } from "@/server/notifications";
import { Link } from "../_i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

type NavKey =
  | "assessment"
  | "myQuestions"
  | "team"
  | "results"
  | "ourPlan"
  | "review"
  | "analysis"
  | "plans"
  | "admin"
  | "framework"
  | "memberStates";

function navFor(actor: Actor | null): { href: string; key: NavKey }[] {
  const nav: { href: string; key: NavKey }[] = [{ href: "/framework", key: "framework" }];
  if (actor?.role === "focal_point") {
    nav.unshift(
      { href: "/assessment", key: "assessment" },
      { href: "/results", key: "results" },
      { href: "/plan", key: "ourPlan" },
      { href: "/team", key: "team" },
    );
  }
  if (actor?.role === "contributor") {
    nav.unshift({ href: "/assessment", key: "myQuestions" }, { href: "/team", key: "team" });
  }
  if (actor?.role === "analyst" || actor?.role === "admin") {
    nav.unshift(
      { href: "/review", key: "review" },
      { href: "/analysis", key: "analysis" },
      { href: "/plan", key: "plans" },
    );
  }
  if (actor?.role === "admin") nav.push({ href: "/admin", key: "admin" });
  nav.push({ href: "/member-states", key: "memberStates" });
  return nav;
}

export async function SiteHeader() {
  const actor = await currentActor();
  return <HeaderContent actor={actor} unread={actor ? await countUnreadNotifications(actor) : 0} />;
}

function HeaderContent({ actor, unread }: { actor: Actor | null; unread: number }) {
  const t = useTranslations("common");
  return (
    <header className="border-b border-brand-800 bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Link href="/" className="flex items-center gap-3 text-white no-underline">
          <span
            aria-hidden="true"
            className="grid h-9 w-9 place-items-center rounded-md bg-brand-600 text-sm font-bold"
          >
            R45
          </span>
          <span className="leading-tight">
            <span className="block text-base font-semibold">{t("appName")}</span>
            <span className="block text-xs text-brand-100">{t("appTagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-3">
          <ul className="flex flex-wrap gap-1 text-sm">
            {navFor(actor).map((item) => (
              <li key={item.key}>
                <Link href={item.href} className="rounded-md px-3 py-2 text-brand-50 no-underline hover:bg-brand-800">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
          {actor ? (
            <div className="flex items-center gap-3 border-s border-brand-700 ps-3 text-sm">
              <Link
                href="/inbox"
                className="relative rounded-md px-3 py-2 text-brand-50 no-underline hover:bg-brand-800"
                aria-label={unread > 0 ? t("nav.inboxUnread", { count: unread }) : t("nav.inbox")}
              >
                {t("nav.inbox")}
                {unread > 0 && (
                  <span
                    aria-hidden="true"
                    data-testid="inbox-badge"
                    className="ms-1.5 inline-grid min-w-5 place-items-center rounded-full bg-amber-400 px-1.5 text-xs font-bold text-brand-900"
                  >
                    {unread > 99 ? "99+" : unread}
                  </span>
                )}
              </Link>
              <Link href="/account" className="text-brand-50 no-underline hover:underline">
                <span className="block font-semibold">{actor.name}</span>
                <span className="block text-xs text-brand-200">
                  {t(`roles.${actor.role}`)}
                  {actor.memberStateIso3 ? ` · ${actor.memberStateIso3}` : ""}
                </span>
              </Link>
              <form action={signOut}>
                <button
                  type="submit"
                  className="rounded-md border border-brand-500 px-3 py-1.5 text-brand-50 hover:bg-brand-800"
                >
                  {t("nav.signOut")}
                </button>
              </form>
            </div>
          ) : (
            <Link href="/sign-in" className="btn-primary">
              {t("nav.signIn")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
