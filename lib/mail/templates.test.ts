import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { MAIL_TEXTS } from "./messages";
import { invitationMail, passwordResetMail } from "./templates";

const link = "https://readiness.example.org/fr/invitation/abc?x=1&y=2";
const invitation = {
  name: "Amina <b>Diallo</b>",
  inviter: "Admin & Co",
  role: "focal_point" as const,
  memberStateIso3: "SEN",
  link,
  expiresAt: new Date("2026-03-08T10:00:00Z"),
};

describe("invitationMail", () => {
  it("says who invites whom, as what, with the link, in plain text", () => {
    const mail = invitationMail("en", invitation);
    expect(mail.subject).toBe("Your invitation to Res45 Readiness");
    expect(mail.text).toContain("Hello Amina <b>Diallo</b>,");
    expect(mail.text).toContain("Admin & Co invites you to Res45 Readiness as focal point for Senegal.");
    expect(mail.text).toContain(`Choose your password: ${link}`);
    expect(mail.text).toContain("8 March 2026");
  });

  it("escapes every interpolated value in the HTML part", () => {
    const { html } = invitationMail("en", invitation);
    expect(html).not.toContain("<b>Diallo</b>");
    expect(html).toContain("Amina &#60;b&#62;Diallo&#60;/b&#62;");
    expect(html).toContain("Admin &#38; Co");
    expect(html).toContain(`href="https://readiness.example.org/fr/invitation/abc?x=1&#38;y=2"`);
  });

  it("is written in the recipient's language, right to left in Arabic", () => {
    const fr = invitationMail("fr", invitation);
    expect(fr.subject).toBe("Votre invitation à Res45 Readiness");
    expect(fr.text).toContain("point focal pour Sénégal");
    const ar = invitationMail("ar", invitation);
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.subject).toBe(MAIL_TEXTS.ar.invitation.subject);
  });

  it("names analysts and administrators without a state", () => {
    expect(invitationMail("en", { ...invitation, role: "analyst", memberStateIso3: null }).text).toContain(
      "as BDT analyst.",
    );
  });
});

describe("passwordResetMail", () => {
  it("carries the link and its validity in every language, with no placeholder left", () => {
    for (const locale of LOCALES) {
      const mail = passwordResetMail(locale, { name: "Li", link, validMinutes: 60 });
      expect(mail.subject).toBe(MAIL_TEXTS[locale].passwordReset.subject);
      expect(mail.text).toContain(link);
      expect(mail.text).toContain("60");
      expect(mail.text).not.toMatch(/\{\w+\}/);
      expect(mail.html).not.toMatch(/\{\w+\}/);
    }
  });
});
