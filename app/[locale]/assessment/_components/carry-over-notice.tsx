import { getTranslations } from "next-intl/server";
import type { CarryOverNotice as Notice } from "@/server/assessments";
import type { Framework } from "@/lib/framework/types";

/**
 * Shown on a draft that moved to this questionnaire version from an earlier one: what was kept, and the
 * questions left to answer (each a link to its field), as long as any is left.
 */
export async function CarryOverNotice({
  notice,
  framework,
  fromTitle,
}: {
  notice: Notice;
  framework: Framework;
  fromTitle: string;
}) {
  const t = await getTranslations("assessment.page.carryOver");
  const text = (id: string) => framework.questions.find((q) => q.id === id)?.text ?? id;
  const lists = [
    { key: "newQuestions", ids: notice.newQuestions },
    { key: "toReanswer", ids: notice.toReanswer },
  ] as const;
  if (lists.every((l) => l.ids.length === 0)) return null;
  return (
    <section
      aria-labelledby="carry-over-heading"
      data-testid="carry-over-notice"
      className="space-y-3 rounded-md border-s-4 border-brand-500 bg-brand-50 p-4 text-sm"
    >
      <h2 id="carry-over-heading" className="font-semibold">
        {t("title", { to: framework.title })}
      </h2>
      <p>{t("text", { from: fromTitle, to: framework.title })}</p>
      {lists.map(
        (list) =>
          list.ids.length > 0 && (
            <div key={list.key} className="space-y-1">
              <h3 className="font-semibold">{t(list.key, { count: list.ids.length })}</h3>
              <ul className="list-disc space-y-1 ps-5">
                {list.ids.map((id) => (
                  <li key={id}>
                    <a href={`#${id}`} className="font-mono">
                      {id}
                    </a>{" "}
                    {text(id)}
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}
