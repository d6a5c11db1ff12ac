import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { countAssessmentsByFramework, listAccounts, listCyclesWithCounts } from "@/db/queries/admin";
import { listMemberStates } from "@/db/queries/member-states";
import { accountFilterSchema } from "@/lib/admin/accounts.validation";
import { suggestedNextYear } from "@/lib/admin/cycles";
import { frameworkVersionRows } from "@/lib/admin/framework-versions";
import { CURRENT_FRAMEWORK, FRAMEWORKS } from "@/lib/framework";
import { requirePageActor } from "@/app/_lib/session";
import { AccountFilters } from "./_components/account-filters";
import { AccountsTable } from "./_components/accounts-table";
import { CreateAccountForm } from "./_components/create-account-form";
import { CyclesPanel } from "./_components/cycles-panel";
import { FrameworkVersionsPanel } from "./_components/framework-versions-panel";
import { RegionsPanel } from "./_components/regions-panel";

export const metadata: Metadata = { title: "Administration" };
export const dynamic = "force-dynamic";

const SECTIONS = [
  { id: "accounts", title: "Accounts" },
  { id: "cycles", title: "Assessment cycles" },
  { id: "regions", title: "Member State regions" },
  { id: "questionnaire", title: "Questionnaire versions" },
] as const;

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("/admin");
  if (actor.role !== "admin") forbidden();
  const filter = accountFilterSchema.parse(await searchParams);
  const [accountList, cycles, states, usage] = await Promise.all([
    listAccounts(actor, filter),
    listCyclesWithCounts(actor),
    listMemberStates(),
    countAssessmentsByFramework(actor),
  ]);
  const openCycle = cycles.find((c) => c.status === "open");
  const filtered = Boolean(filter.role || filter.q);
  const caption = filtered
    ? `${accountList.accounts.length} of ${accountList.total} accounts match this filter.`
    : `${accountList.total} accounts, newest first.`;
  const summary: Record<(typeof SECTIONS)[number]["id"], string> = {
    accounts: `${accountList.total} accounts`,
    cycles: openCycle ? `${openCycle.year} open` : "None open",
    regions: `${states.length} Member States`,
    questionnaire: `${CURRENT_FRAMEWORK.id} current`,
  };

  return (
    <div className="space-y-12">
      <header className="space-y-3">
        <p className="eyebrow">Administration</p>
        <h1 className="text-display font-bold">Administration</h1>
        <p className="max-w-3xl text-muted">
          Create and manage the accounts of focal points, BDT analysts and administrators, open and close assessment
          cycles, keep the BDT regions of Member States up to date and see which questionnaire versions are in use.
        </p>
        <nav aria-label="Sections of this page">
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="card block p-4 no-underline hover:border-brand-500">
                  <span className="block font-semibold text-ink">{s.title}</span>
                  <span className="block text-sm text-muted">{summary[s.id]}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section id="accounts" aria-labelledby="accounts-title" className="scroll-mt-6 space-y-5">
        <SectionHeading id="accounts-title" title="Accounts">
          Focal points answer for one Member State; BDT analysts review every state; administrators manage this service.
          Disabling an account or resetting its password ends its sessions at once.
        </SectionHeading>
        <div className="card p-0">
          <div className="border-b border-line p-4">
            <AccountFilters filter={filter} />
          </div>
          <div className="overflow-x-auto">
            <AccountsTable accounts={accountList.accounts} states={states} actorId={actor.userId} caption={caption} />
          </div>
        </div>
        <section className="card space-y-4" aria-labelledby="create-account-title">
          <h3 id="create-account-title" className="text-lg font-semibold">
            Create an account
          </h3>
          <CreateAccountForm states={states} />
        </section>
      </section>

      <section id="cycles" aria-labelledby="cycles-title" className="scroll-mt-6 space-y-5">
        <SectionHeading id="cycles-title" title="Assessment cycles">
          Focal points answer the open cycle. Closing a cycle freezes its answers; reopening it lets them change again.
        </SectionHeading>
        <CyclesPanel cycles={cycles} suggestedYear={suggestedNextYear(cycles)} />
      </section>

      <section id="regions" aria-labelledby="regions-title" className="scroll-mt-6 space-y-5">
        <SectionHeading id="regions-title" title="Member State regions">
          The BDT region of a Member State is data, not code: regional averages, filters and the public API follow the
          change at once.
        </SectionHeading>
        <RegionsPanel states={states} />
      </section>

      <section id="questionnaire" aria-labelledby="questionnaire-title" className="scroll-mt-6 space-y-5">
        <SectionHeading id="questionnaire-title" title="Questionnaire versions">
          The versions of the Resolution 45 questionnaire and how many assessments were answered under each.
        </SectionHeading>
        <FrameworkVersionsPanel rows={frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, usage)} />
      </section>
    </div>
  );
}

function SectionHeading({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{children}</p>
    </div>
  );
}
