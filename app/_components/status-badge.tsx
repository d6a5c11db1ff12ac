import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/assessment/status";

const TONE: Record<AssessmentStatus, string> = {
  not_started: "bg-canvas text-muted border-line",
  draft: "bg-brand-50 text-brand-800 border-brand-200",
  submitted: "bg-amber-50 text-warn border-amber-200",
  returned: "bg-red-50 text-danger border-red-200",
  validated: "bg-green-50 text-ok border-green-200",
};

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const t = useTranslations("common.status");
  return <span className={`badge border ${TONE[status]}`}>{t(status)}</span>;
}
