import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html";

describe("escapeHtml", () => {
  it("escapes the five characters that open markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });

  it("leaves other text, in any script, as it is", () => {
    expect(escapeHtml("Ана Мария — 李 (مرحبا)")).toBe("Ана Мария — 李 (مرحبا)");
  });
});
