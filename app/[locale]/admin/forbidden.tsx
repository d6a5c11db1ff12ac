import { getTranslations } from "next-intl/server";
import { homeForRole } from "@/lib/auth/sign-in.validation";
import { Link } from "@/app/_i18n/navigation";
import { currentActor } from "@/app/_lib/session";
import { roleSentence } from "./_components/role-sentence";

/** What a signed-in user who is not an administrator sees at /admin (with status 403). */
export default async function AdminForbidden() {
  const actor = await currentActor();
  const t = await getTranslations("admin");
  return (
    <div className="mx-auto max-w-2xl">
      <section className="card space-y-4" aria-labelledby="forbidden-title">
        <p className="eyebrow">{t("forbidden.eyebrow")}</p>
        <h1 id="forbidden-title" className="text-display font-bold">
          {t("forbidden.title")}
        </h1>
        <p className="text-muted">
          {t("forbidden.intro")}
          {actor && (
            <>
              {" "}
              {t("forbidden.signedInAs", {
                name: actor.name,
                role: t(...roleSentence(actor.role, null)),
              })}
            </>
          )}{" "}
          {t("forbidden.ask")}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={actor ? homeForRole(actor.role) : "/"} className="btn-primary">
            {t("forbidden.home")}
          </Link>
          <Link href="/account" className="btn-secondary">
            {t("forbidden.account")}
          </Link>
        </div>
      </section>
    </div>
  );
}
