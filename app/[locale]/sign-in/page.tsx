import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { homeForRole, safeReturnPath } from "@/lib/auth/sign-in.validation";
import { currentActor } from "@/app/_lib/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const actor = await currentActor();
  if (actor) redirect(safeReturnPath(next) ?? homeForRole(actor.role));
  return (
    <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-2 md:items-start">
      <section className="space-y-4">
        <p className="eyebrow">Res45 Readiness</p>
        <h1 className="text-display font-bold">Sign in</h1>
        <p className="text-muted">
          National focal points sign in to fill in and submit their Member State&apos;s assessment. BDT analysts and
          administrators sign in to review submissions and manage the service.
        </p>
        <p className="text-sm text-muted">
          Accounts are created by the BDT administrators. If you are your administration&apos;s focal point and have no
          account yet, ask BDT to create one for you.
        </p>
      </section>
      <section className="card" aria-label="Sign-in form">
        <SignInForm next={next ?? null} />
      </section>
    </div>
  );
}
