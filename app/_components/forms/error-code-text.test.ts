import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/errors.json";
import fr from "@/lib/i18n/messages/fr/errors.json";
import { errorCode } from "@/lib/errors/schema-message";
import { errorCodeText } from "./error-code-text";

/** What `useTranslations("errors")` gives a page, keyed by any string as in the app. */
function translator(locale: "en" | "fr", messages: typeof en) {
  const t = createTranslator({ locale, messages: { errors: messages }, namespace: "errors" });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
}

describe("a form message that is an error code", () => {
  it("is written in the page's language", () => {
    expect(errorCodeText(translator("en", en), "validation.cycle_year")).toBe("Enter a year between 2000 and 2100");
    expect(errorCodeText(translator("fr", fr), "validation.cycle_year")).toBe(
      "Saisissez une année comprise entre 2000 et 2100",
    );
  });

  it("leaves any other message as it is: the server's, zod's own, a status word, an unknown code", () => {
    const t = translator("en", en);
    for (const message of [
      "Saisissez une année comprise entre 2000 et 2100",
      "Too small: expected string to have >=1 characters",
      "status.draft",
      "validation.no_such_code",
      "Enter a valid email address, e.g. name@example.org",
    ])
      expect(errorCodeText(t, message)).toBe(message);
  });
});

describe("a form message that is an error code with values", () => {
  it("is written in the page's language with its values", () => {
    const message = errorCode("validation.password_too_short", { min: 12 });
    expect(errorCodeText(translator("en", en), message)).toBe("A password has at least 12 characters");
    expect(errorCodeText(translator("fr", fr), message)).toBe("Un mot de passe comporte au moins 12 caractères");
  });

  it("is left as it is when the values are not an object of words and numbers", () => {
    const t = translator("en", en);
    for (const message of ['validation.password_too_short {"min":', "validation.password_too_short [12]"])
      expect(errorCodeText(t, message)).toBe(message);
  });
});
