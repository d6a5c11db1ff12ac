import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NoticePanel } from "@/app/_components/notice-panel";
import { StatusBadge } from "@/app/_components/status-badge";
import { requirePageActor } from "@/app/_lib/session";
import { isStateRole } from "@/lib/assessment/status";
import { frameworkOf } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import { memberStateName } from "@/lib/reference";
import { getOpenCycle } from "@/server/cycles";
import { getTeam } from "@/server/team";
import { AssignForm } from "./_components/assign-form";
import { InviteContributorForm } from "./_components/invite-contributor-form";
import { WithdrawButton } from "./_components/withdraw-button";
import { PageMessages } from "@/app/_i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessment.team");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

/**
 * A state's team for the open cycle: its people, the questions given to contributors (with due dates) and
 * who last changed each answer. Its focal points invite contributors and share the work out here; a
 * contributor reads it.
 */
export default async function TeamPage() {
  const actor = await requirePageActor("/team");
  const t = await getTranslations("assessment.team");
  const tRoles = await getTranslations("common.roles");
  if (!isStateRole(actor.role) || !actor.memberStateIso3) {
    return (
      <NoticePanel title={t("notMember.title")} action={{ href: "/", label: t("notMember.action") }}>
        {t("notMember.text")}
      </NoticePanel>
    );
  }
  const cycle = await getOpenCycle();
  if (cycle === null) {
    return <NoticePanel title={t("noCycle.title")}>{t("noCycle.text")}</NoticePanel>;
  }
  const iso3 = actor.memberStateIso3;
  const locale = await getLocale();
  const format = await getFormatter();
  const team = await getTeam(actor, iso3, cycle);
  const framework = localizeFramework(frameworkOf(team.framework), locale);
  const manages = actor.role === "focal_point";
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const contributors = team.people.filter((p) => p.role === "contributor");
  const assigned = new Map(team.assignments.map((a) => [a.questionId, a]));
  const answered = new Map(team.answers.map((a) => [a.questionId, a]));

  return (
    <PageMessages page="team">
      <div className="space-y-8">
        <header className="space-y-2">
          <p className="eyebrow">{t("eyebrow", { cycle: String(cycle) })}</p>
          <h1 className="text-display font-bold">{t("heading", { state: memberStateName(iso3, locale) })}</h1>
          <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
            <StatusBadge status={team.status} />
            <span>{t("summary", { assigned: team.assignments.length, total: framework.questions.length })}</span>
          </p>
          <p className="max-w-3xl text-sm text-muted">{manages ? t("introFocalPoint") : t("introContributor")}</p>
        </header>

        <section className="card space-y-4 p-5" aria-labelledby="team-people">
          <h2 id="team-people" className="text-lg font-semibold">
            {t("people.title")}
          </h2>
          <table className="w-full text-sm" data-testid="team-people">
            <thead className="text-start text-muted">
              <tr>
                <th className="py-2 text-start font-semibold">{t("people.name")}</th>
                <th className="py-2 text-start font-semibold">{t("people.email")}</th>
                <th className="py-2 text-start font-semibold">{t("people.role")}</th>
                <th className="py-2 text-start font-semibold">{t("people.questions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {team.people.map((p) => (
                <tr key={p.id}>
                  <td className="py-2">{p.name}</td>
                  <td className="py-2 pe-3">
                    <span dir="ltr">{p.email}</span>
                  </td>
                  <td className="py-2">{tRoles(p.role)}</td>
                  <td className="py-2">
                    {p.role === "contributor" ? team.assignments.filter((a) => a.userId === p.id).length : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {manages && (
            <div className="space-y-3 border-t border-line pt-4">
              <h3 className="font-semibold">{t("invite.title")}</h3>
              <p className="text-sm text-muted">{t("invite.intro")}</p>
              <InviteContributorForm />
            </div>
          )}
        </section>

        {manages && (
          <section className="card space-y-4 p-5" aria-labelledby="team-assign">
            <h2 id="team-assign" className="text-lg font-semibold">
              {t("assign.title")}
            </h2>
            <AssignForm
              contributors={contributors.map((c) => ({ id: c.id, name: c.name || c.email }))}
              groups={framework.groups.map((g) => ({
                id: g.id,
                title: g.title,
                questions: framework.questions.filter((q) => q.group === g.id).map((q) => ({ id: q.id, text: q.text })),
              }))}
            />
          </section>
        )}

        <section className="card space-y-4 p-5" aria-labelledby="team-table">
          <h2 id="team-table" className="text-lg font-semibold">
            {t("table.title")}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="team-assignments">
              <thead>
                <tr className="text-muted">
                  <th className="py-2 pe-3 text-start font-semibold">{t("table.question")}</th>
                  <th className="py-2 pe-3 text-start font-semibold">{t("table.assignedTo")}</th>
                  <th className="py-2 pe-3 text-start font-semibold">{t("table.due")}</th>
                  <th className="py-2 pe-3 text-start font-semibold">{t("table.answeredBy")}</th>
                  {manages && <th className="py-2 text-start font-semibold">{t("table.actions")}</th>}
                </tr>
              </thead>
              {framework.groups.map((g) => (
                <tbody key={g.id} className="divide-y divide-line">
                  <tr>
                    <th
                      colSpan={manages ? 5 : 4}
                      scope="colgroup"
                      className="bg-canvas px-2 py-2 text-start font-semibold"
                    >
                      {g.title}
                    </th>
                  </tr>
                  {framework.questions
                    .filter((q) => q.group === g.id)
                    .map((q) => {
                      const a = assigned.get(q.id);
                      const by = answered.get(q.id);
                      return (
                        <tr key={q.id} data-question={q.id}>
                          <td className="py-2 pe-3 align-top">
                            <span className="font-mono text-xs font-semibold">{q.id}</span>
                            <span className="block max-w-md text-muted">{q.text}</span>
                          </td>
                          <td className="py-2 pe-3 align-top">
                            {a ? a.name || a.email : <span className="text-muted">{t("table.focalPoints")}</span>}
                          </td>
                          <td className="py-2 pe-3 align-top">{a?.dueDate ? day(a.dueDate) : "—"}</td>
                          <td className="py-2 pe-3 align-top">
                            {by?.answered ? (
                              <>
                                {by.name ?? t("table.formerAccount")}
                                <span className="block text-xs text-muted">
                                  {format.dateTime(new Date(by.at), { dateStyle: "medium" })}
                                </span>
                              </>
                            ) : (
                              <span className="text-muted">{t("table.unanswered")}</span>
                            )}
                          </td>
                          {manages && <td className="py-2 align-top">{a && <WithdrawButton questionId={q.id} />}</td>}
                        </tr>
                      );
                    })}
                </tbody>
              ))}
            </table>
          </div>
        </section>
      </div>
    </PageMessages>
  );
}
