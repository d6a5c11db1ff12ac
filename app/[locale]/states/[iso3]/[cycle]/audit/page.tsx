import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getAssessment, listAuditTrail, type AuditEntry } from "@/server/assessments";
import { frameworkOf } from "@/lib/framework";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { ASSESSMENT_STATUSES, type AssessmentStatus } from "@/lib/assessment/status";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import type { Framework } from "@/lib/framework/types";
import { memberStateName } from "@/lib/reference";
import { NoticePanel } from "@/app/_components/notice-panel";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { requirePageActor } from "@/app/_lib/session";
import { errorText } from "@/app/_lib/error-text";
import { TableHead } from "@/app/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results.audit");
  return { title: t("metaTitle") };
}

function isStatus(value: unknown): value is AssessmentStatus {
  return (ASSESSMENT_STATUSES as readonly unknown[]).includes(value);
}

/**
 * A recorded value as the reader reads it: an option's label, a status' name, a questionnaire version's title,
 * one evidence link a line. `frameworks` are the versions to find an option in, the one of the entry's time first
 * (an assessment that moved to a later version keeps the earlier answers in its trail).
 */
function show(
  entry: AuditEntry,
  value: unknown,
  frameworks: readonly Framework[],
  statusName: (s: AssessmentStatus) => string,
  reviewStateName: (s: string) => string,
) {
  if (value === null || value === undefined || value === "") return "—";
  if (entry.field === "review") {
    // A step of the validation dialogue: the answer's review state, and the comment the step carried.
    const step = value as { state?: string; comment?: string };
    return [step.state ? reviewStateName(step.state) : "", step.comment ?? ""].filter(Boolean).join("\n");
  }
  if (entry.field === "assignment") {
    // Who the question was given to, and by when (server/assignments.ts writes { name, dueDate }).
    const given = value as { name?: string; dueDate?: string | null };
    return [given.name ?? "", given.dueDate ?? ""].filter(Boolean).join("\n");
  }
  if (entry.field === "status") return isStatus(value) ? statusName(value) : String(value);
  if (entry.field === "evidence") return (value as string[]).length === 0 ? "—" : (value as string[]).join("\n");
  if (entry.field === "framework") return frameworks.find((f) => f.id === value)?.title ?? String(value);
  if (entry.field === "value") {
    for (const framework of frameworks) {
      const question = framework.questions.find((q) => q.id === entry.questionId);
      const option = question?.options.find((o) => o.value === value);
      if (option) return option.label;
    }
  }
  return String(value);
}

export default async function AuditPage({ params }: { params: Promise<{ iso3: string; cycle: string }> }) {
  const parsed = assessmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const actor = await requirePageActor(`/states/${iso3}/${cycle}/audit`);
  const locale = await getLocale();
  const t = await getTranslations("results.audit");
  const tStatus = await getTranslations("common.status");
  const tReview = await getTranslations("validation.state");
  const reviewStateName = (state: string) => (tReview.has(state as "accepted") ? tReview(state as "accepted") : state);
  let entries: AuditEntry[];
  let framework: Framework;
  try {
    const view = await getAssessment(actor, iso3, cycle);
    framework = localizeFramework(frameworkOf(view.framework), locale);
    entries = await listAuditTrail(actor, iso3, cycle);
  } catch (error) {
    if (error instanceof AppError)
      return (
        <NoticePanel title={error.status === 404 ? t("notFound") : t("forbidden")}>
          {await errorText(error)}
        </NoticePanel>
      );
    throw error;
  }
  const name = memberStateName(iso3, locale);
  const format = await getFormatter();
  const statusName = (status: AssessmentStatus) => tStatus(status);
  // Entries recorded before the assessment moved to its current version read with the version it left.
  const moves = entries.filter((e) => e.field === "framework");
  const localized = (id: string) => localizeFramework(frameworkOf(id), locale);
  const earlier = moves.map((m) => localized(String(m.oldValue)));
  const versionsAt = (e: AuditEntry): Framework[] => {
    const before = moves.findIndex((m) => e.id < m.id);
    return before === -1 ? [framework, ...earlier] : [...earlier.slice(before), framework];
  };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow rtl:tracking-normal">{t("eyebrow", { cycle })}</p>
        <h1 className="text-display font-bold">{name}</h1>
        <p className="text-muted">{t("intro")}</p>
        <DemoDataNotice />
      </header>
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">{t("caption", { cycle, state: name })}</caption>
          <TableHead
            columns={[
              { label: t("when") },
              { label: t("who") },
              { label: t("question") },
              { label: t("what") },
              { label: t("before") },
              { label: t("after") },
            ]}
          />
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap">
                  {/* The request configuration formats in UTC, as the column heading says. */}
                  {format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td>{e.actor}</td>
                <td className="font-mono">{e.questionId ?? "—"}</td>
                <td>{t(`field.${e.field}`)}</td>
                <td className="whitespace-pre-wrap break-all">
                  {show(e, e.oldValue, versionsAt(e), statusName, reviewStateName)}
                </td>
                <td className="whitespace-pre-wrap break-all">
                  {show(e, e.newValue, versionsAt(e), statusName, reviewStateName)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && <p className="p-6 text-center text-muted">{t("empty")}</p>}
      </div>
    </div>
  );
}
