import type { Question } from "@/lib/framework";
import { clauseCitation } from "@/lib/framework";

export function QuestionCard({ question }: { question: Question }) {
  return (
    <article id={question.id} className="card space-y-3 p-5" aria-labelledby={`${question.id}-text`}>
      <header className="flex flex-wrap items-center gap-2 text-xs">
        <span className="badge bg-brand-900 font-mono text-white">{question.id}</span>
        <span className="badge bg-brand-100 text-brand-800">Outcome {question.outcome}</span>
        <span className="badge bg-canvas text-ink">Weight {question.weight}</span>
        <span className={`badge ${question.evidenceRequired ? "bg-amber-100 text-warn" : "bg-canvas text-muted"}`}>
          {question.evidenceRequired ? "Evidence required" : "Evidence optional"}
        </span>
      </header>
      <h4 id={`${question.id}-text`} className="font-semibold leading-snug">
        {question.text}
      </h4>
      <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label="Answer options and their credit">
        {question.options.map((o) => (
          <li key={o.value} className="flex items-baseline justify-between gap-3 rounded bg-canvas px-3 py-1.5">
            <span>{o.label}</span>
            <span className="font-mono text-xs text-muted">credit {o.credit}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        <span className="font-semibold text-ink">Evidence: </span>
        {question.guidance}
      </p>
      <p className="text-sm">
        <span className="font-semibold">Recommended action: </span>
        {question.recommendation.action}
      </p>
      <p className="flex flex-wrap gap-2 text-xs">
        <span className="text-muted">Implements:</span>
        {question.clauses.map((c) => (
          <a key={c} href={`/framework?view=clauses#${c}`} className="font-mono" title={clauseCitation(c)}>
            {c}
          </a>
        ))}
      </p>
    </article>
  );
}
