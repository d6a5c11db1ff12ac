import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/app/_i18n/navigation";
import { currentActor } from "@/app/_lib/session";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";

const AUDIENCES = [
  { key: "focalPoints", href: "/assessment" },
  { key: "analysts", href: "/review" },
  { key: "admins", href: "/admin" },
] as const;

export default async function HomePage() {
  const locale = await getLocale();
  const t = await getTranslations("common.home");
  const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
  const signedIn = (await currentActor()) !== null;
  return (
    <div className="space-y-14">
      <section className="grid gap-8 md:grid-cols-[3fr_2fr] md:items-center">
        <div className="space-y-5">
          <p className="eyebrow">{t("eyebrow")}</p>
          <h1 className="text-display font-bold text-brand-900">{t("title")}</h1>
          <p className="max-w-2xl text-lg text-muted">{t("lead")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/framework" className="btn-primary">
              {t("exploreQuestionnaire")}
            </Link>
            <Link href="/member-states" className="btn-secondary">
              {t("memberStates")}
            </Link>
          </div>
        </div>
        <dl className="card grid grid-cols-2 gap-6 bg-brand-50">
          <div>
            <dt className="text-sm text-muted">{t("questions")}</dt>
            <dd className="text-3xl font-bold text-brand-800">{framework.questions.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{t("pillars")}</dt>
            <dd className="text-3xl font-bold text-brand-800">{framework.pillars.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{t("outcomes")}</dt>
            <dd className="text-3xl font-bold text-brand-800">{framework.outcomes.length}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{t("states")}</dt>
            <dd className="text-3xl font-bold text-brand-800">193</dd>
          </div>
        </dl>
      </section>

      {!signedIn && (
        <section
          aria-labelledby="published"
          className="card flex flex-wrap items-center justify-between gap-4 bg-brand-50"
        >
          <div className="space-y-1">
            <h2 id="published" className="text-2xl font-bold text-brand-900">
              {t("publishedTitle")}
            </h2>
            <p className="max-w-2xl text-muted">{t("publishedText")}</p>
          </div>
          <Link href="/profiles" className="btn-primary" data-testid="home-profiles">
            {t("publishedAction")}
          </Link>
        </section>
      )}

      <section aria-labelledby="audiences" className="space-y-5">
        <h2 id="audiences" className="text-2xl font-bold">
          {t("whereToStart")}
        </h2>
        <ul className="grid gap-5 md:grid-cols-3">
          {AUDIENCES.map((a) => (
            <li key={a.key} className="card flex flex-col gap-3">
              <h3 className="text-lg font-semibold text-brand-800">{t(a.key)}</h3>
              <p className="flex-1 text-sm text-muted">{t(`${a.key}Text`)}</p>
              <Link href={a.href} className="btn-secondary self-start">
                {t(`${a.key}Action`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pillars" className="space-y-5">
        <h2 id="pillars" className="text-2xl font-bold">
          {t("pillarsAndOutcomes")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-5">
          {framework.pillars.map((p, i) => (
            <li key={p.id} className="card p-5">
              <p className="eyebrow">{t("pillar", { number: i + 1 })}</p>
              <h3 className="mt-1 font-semibold">{p.name}</h3>
              <p className="mt-2 text-sm text-muted">{p.description}</p>
            </li>
          ))}
        </ol>
        <ul className="grid gap-4 md:grid-cols-3">
          {framework.outcomes.map((o) => (
            <li key={o.id} className="rounded-lg border-s-4 border-brand-500 bg-surface p-5 shadow-sm">
              <p className="font-mono text-sm font-semibold text-brand-700">{o.id}</p>
              <h3 className="font-semibold">{o.name}</h3>
              <p className="mt-2 text-sm text-muted">{o.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
