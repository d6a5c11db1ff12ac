import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { countAssessmentsByFramework, listAccounts, listCyclesWithCounts } from "@/server/admin";
import { listPendingInvitations } from "@/server/invitations";
import { listCycleFrameworks } from "@/server/cycles";
import { listMemberStates } from "@/server/member-states";
import { accountFilterSchema } from "@/lib/admin/accounts.validation";
import { suggestedNextYear } from "@/lib/admin/cycles";
import { frameworkVersionRows, sideBySide } from "@/lib/admin/framework-versions";
import { CURRENT_FRAMEWORK, FRAMEWORKS } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { intlLocale } from "@/lib/i18n/intl";
import { memberStateName } from "@/lib/reference";
import { showRefusalPage } from "@/app/_lib/page-refusal";
import { requirePageActor } from "@/app/_lib/session";
import { Link } from "@/app/_i18n/navigation";
import type { Role } from "@/lib/assessment/status";
import { AccountFilters } from "./_components/account-filters";
import { AccountsTable } from "./_components/accounts-table";
import { CreateAccountForm } from "./_components/create-account-form";
import { CyclesPanel } from "./_components/cycles-panel";
import { PublicationPanel } from "./_components/publication-panel";
import { listPublicationSettings } from "@/server/publication";
import { InvitationsPanel } from "./_components/invitations-panel";
import { InviteForm } from "./_components/invite-form";
import { FrameworkVersionsPanel } from "./_components/framework-versions-panel";
import { RegionsPanel } from "./_components/regions-panel";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.metadata");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

const SECTIONS = ["accounts", "cycles", "regions", "questionnaire"] as const;

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/admin");
  const locale = await getLocale();
  const t = await getTranslations("admin.page");
  const tVersions = await getTranslations("admin.versions");
  const filter = accountFilterSchema.parse(await searchParams);
  // The services refuse anyone but administrators: the page answers with its 403 page.
  const tPublication = await getTranslations("admin.publication");
  const [accountList, cycles, stateRows, usage, cycleFrameworks, pendingInvitations, publication] = await Promise.all([
    listAccounts(actor, filter),
    listCyclesWithCounts(actor),
    listMemberStates(),
    countAssessmentsByFramework(actor),
    listCycleFrameworks(),
    listPendingInvitations(actor),
    listPublicationSettings(actor),
  ]).catch(showRefusalPage);

  // The database holds English names: every list and message of this page names states in the reader's language.
  const states = stateRows.map((s) => ({ iso3: s.iso3, name: memberStateName(s.iso3, locale), region: s.region }));
  if (locale !== "en") {
    // English keeps the database's order; other languages sort by their own names.
    const collator = new Intl.Collator(intlLocale(locale));
    states.sort((a, b) => collator.compare(a.name, b.name));
  }
  const accounts = accountList.accounts.map((a) => ({
    ...a,
    memberStateName: a.memberStateIso3 ? memberStateName(a.memberStateIso3, locale) : null,
  }));
  const invitations = pendingInvitations.map((i) => ({
    id: i.id,
    name: i.name,
    email: i.email,
    role: i.role as Role,
    memberStateName: i.memberStateIso3 ? memberStateName(i.memberStateIso3, locale) : null,
    invitedByName: i.invitedByName,
    expiresAt: i.expiresAt.toISOString(),
  }));
  const versions = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, usage, cycleFrameworks).map((row) => {
    const known = FRAMEWORKS.find((f) => f.id === row.id);
    return { ...row, title: known ? localizeFramework(known, locale).title : tVersions("notInCode") };
  });

  // Each published version beside the one before it, where a crosswalk joins them.
  const comparisons = FRAMEWORKS.slice(1).flatMap((to, i) => {
    const from = FRAMEWORKS[i]!;
    const rows = sideBySide(from, to);
    return rows ? [{ from: { id: from.id, version: from.version }, to: { id: to.id, version: to.version }, rows }] : [];
  });

  const openCycle = cycles.find((c) => c.status === "open");
  const filtered = Boolean(filter.role || filter.q);
  const caption = filtered
    ? t("captionFiltered", { shown: accountList.accounts.length, total: accountList.total })
    : t("captionAll", { total: accountList.total });
  const summary: Record<(typeof SECTIONS)[number], string> = {
    accounts: t("summary.accounts", { count: accountList.total }),
    cycles: openCycle ? t("summary.cycleOpen", { year: openCycle.year }) : t("summary.noCycleOpen"),
    regions: t("summary.regions", { count: states.length }),
    questionnaire: t("summary.questionnaire", { id: CURRENT_FRAMEWORK.id }),
  };

  return (
    <PageMessages page="admin">
      <div className="space-y-12">
        <header className="space-y-3">
          <p className="eyebrow">{t("eyebrow")}</p>
          <h1 className="text-display font-bold">{t("title")}</h1>
          <p className="max-w-3xl text-muted">{t("lead")}</p>
          <nav aria-label={t("sectionsLabel")}>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {SECTIONS.map((id) => (
                <li key={id}>
                  <a href={`#${id}`} className="card block p-4 no-underline hover:border-brand-500">
                    <span className="block font-semibold text-ink">{t(`sections.${id}`)}</span>
                    <span className="block text-sm text-muted">{summary[id]}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>

        <section id="accounts" aria-labelledby="accounts-title" className="scroll-mt-6 space-y-5">
          <SectionHeading id="accounts-title" title={t("sections.accounts")}>
            {t("intro.accounts")}
          </SectionHeading>
          <div className="card p-0">
            <div className="border-b border-line p-4">
              <AccountFilters filter={filter} />
            </div>
            <div className="overflow-x-auto">
              <AccountsTable accounts={accounts} states={states} actorId={actor.userId} caption={caption} />
            </div>
          </div>
          <section className="card space-y-4" aria-labelledby="invite-title">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id="invite-title" className="text-lg font-semibold">
                {t("inviteTitle")}
              </h3>
              <Link href="/admin/outbox" className="text-sm">
                {t("outboxLink")}
              </Link>
            </div>
            <p className="max-w-3xl text-sm text-muted">{t("inviteIntro")}</p>
            <InviteForm states={states} />
          </section>
          <section className="card space-y-4" aria-labelledby="invitations-title">
            <h3 id="invitations-title" className="text-lg font-semibold">
              {t("invitationsTitle", { count: invitations.length })}
            </h3>
            <InvitationsPanel invitations={invitations} />
          </section>
          <section className="card space-y-4" aria-labelledby="create-account-title">
            <h3 id="create-account-title" className="text-lg font-semibold">
              {t("createTitle")}
            </h3>
            <p className="max-w-3xl text-sm text-muted">{t("createIntro")}</p>
            <CreateAccountForm states={states} />
          </section>
        </section>

        <section id="cycles" aria-labelledby="cycles-title" className="scroll-mt-6 space-y-5">
          <SectionHeading id="cycles-title" title={t("sections.cycles")}>
            {t("intro.cycles")}
          </SectionHeading>
          <CyclesPanel cycles={cycles} suggestedYear={suggestedNextYear(cycles)} />
        </section>

        <section id="publication" aria-labelledby="publication-title" className="scroll-mt-6 space-y-5">
          <h2 id="publication-title" className="text-2xl font-bold">
            {tPublication("heading")}
          </h2>
          <PublicationPanel
            rows={publication.map((p) => ({
              cycle: p.cycle,
              status: p.status,
              publishAt: p.publishAt?.toISOString() ?? null,
              setByName: p.setByName,
              published: p.published,
              consenting: p.consenting,
            }))}
          />
        </section>

        <section id="regions" aria-labelledby="regions-title" className="scroll-mt-6 space-y-5">
          <SectionHeading id="regions-title" title={t("sections.regions")}>
            {t("intro.regions")}
          </SectionHeading>
          <RegionsPanel states={states} />
        </section>

        <section id="questionnaire" aria-labelledby="questionnaire-title" className="scroll-mt-6 space-y-5">
          <SectionHeading id="questionnaire-title" title={t("sections.questionnaire")}>
            {t("intro.questionnaire")}
          </SectionHeading>
          <FrameworkVersionsPanel rows={versions} comparisons={comparisons} />
        </section>
      </div>
    </PageMessages>
  );
}

function SectionHeading({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{children}</p>
    </div>
  );
}
