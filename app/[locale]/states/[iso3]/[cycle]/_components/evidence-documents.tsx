import { getTranslations } from "next-intl/server";
import { DocumentList } from "@/app/_components/evidence/document-list";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Question } from "@/lib/framework/types";

/** The documents the state attached to its answers, by question, as evidence of the results. */
export async function EvidenceDocuments({
  documents: all,
  questions,
}: {
  documents: EvidenceDocument[];
  questions: Question[];
}) {
  const t = await getTranslations("results.documents");
  const withDocuments = questions.flatMap((q) => {
    const documents = all.filter((d) => d.questionId === q.id);
    return documents.length > 0 ? [{ question: q, documents }] : [];
  });
  return (
    <section aria-labelledby="documents-heading" className="space-y-4" data-testid="evidence-documents">
      <h2 id="documents-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
        {t("heading")}
      </h2>
      {withDocuments.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="space-y-4">
          {withDocuments.map(({ question, documents }) => (
            <li key={question.id} className="card space-y-2 p-4">
              <p className="text-sm">
                <span className="badge bg-brand-900 font-mono text-white">{question.id}</span>{" "}
                <span className="font-semibold">{question.text}</span>
              </p>
              <DocumentList documents={documents} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
