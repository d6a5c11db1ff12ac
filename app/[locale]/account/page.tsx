import type { Metadata } from "next";
import { signOutEverywhere } from "@/app/_lib/auth-actions";
import { requirePageActor } from "@/app/_lib/session";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };

const ROLE: Record<string, string> = {
  focal_point: "National focal point",
  analyst: "BDT analyst",
  admin: "Administrator",
};

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  return (
    <div className="space-y-8">
      <header>
        <p className="eyebrow">Your account</p>
        <h1 className="text-display font-bold">{actor.name}</h1>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        <section className="card space-y-4" aria-labelledby="profile">
          <h2 id="profile" className="text-lg font-semibold">
            Profile
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-muted">Email</dt>
            <dd>{actor.email}</dd>
            <dt className="text-muted">Role</dt>
            <dd>{ROLE[actor.role]}</dd>
            {actor.memberStateIso3 && (
              <>
                <dt className="text-muted">Member State</dt>
                <dd>{actor.memberStateIso3}</dd>
              </>
            )}
          </dl>
          <form action={signOutEverywhere} className="border-t border-line pt-4">
            <p className="mb-3 text-sm text-muted">
              Lost a device, or signed in on a shared computer? End every session of this account at once.
            </p>
            <button type="submit" className="btn-danger">
              Sign out everywhere
            </button>
          </form>
        </section>
        <section className="card space-y-4" aria-labelledby="password">
          <h2 id="password" className="text-lg font-semibold">
            Change password
          </h2>
          <ChangePasswordForm />
        </section>
      </div>
    </div>
  );
}
