import { describe, expect, it } from "vitest";
import { FRAMEWORKS } from "..";
import { LOCALES } from "../../i18n/locales";
import { localizedClauseCitation } from "./citations";
import { localizeFramework } from "./localize";

describe("localized clause citations", () => {
  const cases = FRAMEWORKS.flatMap((f) => LOCALES.map((locale) => [f.id, locale] as const));
  it.each(cases)("%s, %s: every recommended action cites its clause as the citation function does", (id, locale) => {
    const framework = localizeFramework(
      FRAMEWORKS.find((f) => f.id === id)!,
      locale,
    );
    const missing = framework.questions.filter(
      (q) => !q.recommendation.action.includes(localizedClauseCitation(q.recommendation.clause, locale)!),
    );
    expect(missing.map((q) => q.id)).toEqual([]);
  });

  it("cites lettered items with the ITU's bracket, and Arabic letters in abjad order", () => {
    expect(localizedClauseCitation("R45-RCG-I", "en")).toBe("Resolution 45, recognizing i");
    expect(localizedClauseCitation("R45-RCG-I", "fr")).toBe("Résolution 45, reconnaissant i)");
    expect(localizedClauseCitation("R45-RCG-I", "ar")).toBe("القرار 45، وإذ يدرك ط)");
    expect(localizedClauseCitation("R45-NOPE", "fr")).toBeUndefined();
  });
});
