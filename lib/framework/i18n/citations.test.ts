import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "..";
import { LOCALES } from "../../i18n/locales";
import { localizedClauseCitation } from "./citations";
import { localizeFramework } from "./localize";

describe("localized clause citations", () => {
  it.each(LOCALES)("%s: every recommended action cites its clause as the citation function does", (locale) => {
    const framework = localizeFramework(CURRENT_FRAMEWORK, locale);
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
