import Link from "next/link";
import type { Actor } from "@/lib/assessment/actor";
import { signOut } from "../_lib/auth-actions";
import { currentActor } from "../_lib/session";

const ROLE_LABEL: Record<Actor["role"], string> = {
  focal_point: "Focal point",
  analyst: "BDT analyst",
  admin: "Administrator",
};

function navFor(actor: Actor | null) {
  const nav = [{ href: "/framework", label: "Questionnaire" }];
  if (actor?.role === "focal_point") {
    nav.unshift(
      { href: "/assessment", label: "Our assessment" },
      { href: "/results", label: "Our results" },
      { href: "/plan", label: "Our action plan" },
    );
  }
  if (actor?.role === "analyst" || actor?.role === "admin") {
    nav.unshift(
      { href: "/review", label: "Review" },
      { href: "/analysis", label: "Analysis" },
      { href: "/plan", label: "Action plans" },
    );
  }
  if (actor?.role === "admin") nav.push({ href: "/admin", label: "Administration" });
  nav.push({ href: "/member-states", label: "Member States" });
  return nav;
}

export async function SiteHeader() {
  const actor = await currentActor();
  return (
    <header className="border-b border-brand-800 bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Link href="/" className="flex items-center gap-3 text-white no-underline">
          <span
            aria-hidden="true"
            className="grid h-9 w-9 place-items-center rounded-md bg-brand-500 text-sm font-bold"
          >
            R45
          </span>
          <span className="leading-tight">
            <span className="block text-base font-semibold">Res45 Readiness</span>
            <span className="block text-xs text-brand-100">Cybersecurity readiness under WTDC Resolution 45</span>
          </span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-3">
          <ul className="flex flex-wrap gap-1 text-sm">
            {navFor(actor).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded-md px-3 py-2 text-brand-50 no-underline hover:bg-brand-800">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          {actor ? (
            <div className="flex items-center gap-3 border-s border-brand-700 ps-3 text-sm">
              <Link href="/account" className="text-brand-50 no-underline hover:underline">
                <span className="block font-semibold">{actor.name}</span>
                <span className="block text-xs text-brand-200">
                  {ROLE_LABEL[actor.role]}
                  {actor.memberStateIso3 ? ` · ${actor.memberStateIso3}` : ""}
                </span>
              </Link>
              <form action={signOut}>
                <button
                  type="submit"
                  className="rounded-md border border-brand-500 px-3 py-1.5 text-brand-50 hover:bg-brand-800"
                >
                  Sign out
                </button>
              </form>
            </div>
          ) : (
            <Link href="/sign-in" className="btn-primary">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
