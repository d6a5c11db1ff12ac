import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppError } from "@/db/errors";
import { frameworkOf, getAssessment, listAuditTrail, type AuditEntry } from "@/db/queries/assessments";
import { getMemberStateName } from "@/db/queries/member-states";
import { assessmentParamsSchema } from "@/lib/api/assessments.validation";
import { STATUS_LABELS, type AssessmentStatus } from "@/lib/assessment/status";
import type { Framework } from "@/lib/framework/types";
import { NoticePanel } from "@/app/_components/notice-panel";
import { requirePageActor } from "@/app/_lib/session";

export const metadata: Metadata = { title: "Change history" };

const FIELD: Record<AuditEntry["field"], string> = {
  value: "Answer",
  evidence: "Evidence",
  note: "Note",
  status: "Status",
};

function show(entry: AuditEntry, value: unknown, framework: Framework): string {
  if (value === null || value === undefined || value === "") return "—";
  if (entry.field === "status") return STATUS_LABELS[value as AssessmentStatus] ?? String(value);
  if (entry.field === "evidence") return (value as string[]).length === 0 ? "—" : (value as string[]).join("\n");
  if (entry.field === "value") {
    const option = framework.questions.find((q) => q.id === entry.questionId)?.options.find((o) => o.value === value);
    return option?.label ?? String(value);
  }
  return String(value);
}

export default async function AuditPage({ params }: { params: Promise<{ iso3: string; cycle: string }> }) {
  const parsed = assessmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { iso3, cycle } = parsed.data;
  const actor = await requirePageActor(`/states/${iso3}/${cycle}/audit`);
  let entries: AuditEntry[];
  let framework: Framework;
  try {
    const view = await getAssessment(actor, iso3, cycle);
    framework = frameworkOf(view.framework);
    entries = await listAuditTrail(actor, iso3, cycle);
  } catch (error) {
    if (error instanceof AppError)
      return (
        <NoticePanel title={error.status === 404 ? "Not found" : "Not available to you"}>{error.message}</NoticePanel>
      );
    throw error;
  }
  const name = await getMemberStateName(iso3);
  const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">Change history · {cycle} cycle</p>
        <h1 className="text-display font-bold">{name}</h1>
        <p className="text-muted">
          Every change of an answer, its evidence, its note or the assessment&apos;s status, newest first. The history
          cannot be edited by anyone.
        </p>
      </header>
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">
            Change history of the {cycle} assessment of {name}
          </caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">Question</th>
              <th scope="col">What</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap">{dateTime.format(new Date(e.at))}</td>
                <td>{e.actor}</td>
                <td className="font-mono">{e.questionId ?? "—"}</td>
                <td>{FIELD[e.field]}</td>
                <td className="whitespace-pre-wrap break-all">{show(e, e.oldValue, framework)}</td>
                <td className="whitespace-pre-wrap break-all">{show(e, e.newValue, framework)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && <p className="p-6 text-center text-muted">No change recorded yet.</p>}
      </div>
    </div>
  );
}
