import { getFormatter, getTranslations } from "next-intl/server";

/** A contributor's questions at the top of the questionnaire: each links to its card, with its due date. */
export async function MyQuestions({
  questions,
}: {
  questions: { questionId: string; text: string; dueDate: string | null; answered: boolean }[];
}) {
  const t = await getTranslations("assessment.mine");
  const format = await getFormatter();
  return (
    <section className="card space-y-3 p-5" aria-labelledby="my-questions-title" data-testid="my-questions">
      <h2 id="my-questions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro", { count: questions.length })}</p>
      {questions.length > 0 && (
        <ul className="divide-y divide-line text-sm">
          {questions.map((q) => (
            <li key={q.questionId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <a href={`#${q.questionId}`} className="font-mono font-semibold">
                {q.questionId}
              </a>
              <span className="min-w-0 flex-1">{q.text}</span>
              {q.dueDate && (
                <span className="text-muted">
                  {t("due", {
                    date: format.dateTime(new Date(`${q.dueDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
                  })}
                </span>
              )}
              <span className={`badge ${q.answered ? "bg-green-100 text-ok" : "bg-amber-100 text-warn"}`}>
                {q.answered ? t("answered") : t("unanswered")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-muted">{t("noSubmit")}</p>
    </section>
  );
}
