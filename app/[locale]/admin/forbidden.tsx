import Link from "next/link";
import { describeRole } from "@/lib/admin/accounts";
import { homeForRole } from "@/lib/auth/sign-in.validation";
import { currentActor } from "@/app/_lib/session";

/** What a signed-in user who is not an administrator sees at /admin (with status 403). */
export default async function AdminForbidden() {
  const actor = await currentActor();
  return (
    <div className="mx-auto max-w-2xl">
      <section className="card space-y-4" aria-labelledby="forbidden-title">
        <p className="eyebrow">403 · Administrators only</p>
        <h1 id="forbidden-title" className="text-display font-bold">
          This page is for administrators
        </h1>
        <p className="text-muted">
          Accounts, assessment cycles and Member State regions are managed by the BDT administrators.
          {actor && (
            <>
              {" "}
              You are signed in as {actor.name}, {describeRole(actor.role, null)}.
            </>
          )}{" "}
          If you need something changed, such as a focal point&apos;s Member State or a colleague&apos;s access, ask an
          administrator.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={actor ? homeForRole(actor.role) : "/"} className="btn-primary">
            Go to your start page
          </Link>
          <Link href="/account" className="btn-secondary">
            Your account
          </Link>
        </div>
      </section>
    </div>
  );
}
