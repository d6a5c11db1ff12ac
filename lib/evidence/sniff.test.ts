import { describe, expect, it } from "vitest";
import { ContentInspector, sniffBytes } from "./sniff";
import { SAMPLES, zip } from "./testing/samples";

const encode = (text: string) => new TextEncoder().encode(text);

describe("content sniffing", () => {
  it.each([
    ["pdf", "pdf"],
    ["png", "png"],
    ["jpeg", "jpeg"],
    ["docx", "docx"],
    ["xlsx", "xlsx"],
    ["odt", "odt"],
    ["ods", "ods"],
    ["text", "text"],
  ] as const)("accepts a real %s as %s", (sample, kind) => {
    expect(sniffBytes(SAMPLES[sample])).toEqual({ ok: true, kind });
  });

  it.each([
    ["exe", "unsupported_media.executable"],
    ["elf", "unsupported_media.executable"],
    ["svg", "unsupported_media.svg"],
    ["html", "unsupported_media.html"],
    ["jar", "unsupported_media.zip_other"],
    ["docm", "unsupported_media.macros"],
    ["gif", "unsupported_media.binary"],
  ] as const)("refuses %s with %s", (sample, reason) => {
    expect(sniffBytes(SAMPLES[sample])).toEqual({ ok: false, reason });
  });

  it("decides by content whatever the pieces: the same verdict fed one byte at a time", () => {
    for (const sample of ["pdf", "docx", "odt", "text", "exe", "svg"] as const)
      expect(sniffBytes(SAMPLES[sample], 1), sample).toEqual(sniffBytes(SAMPLES[sample]));
  });

  it("refuses text that is not UTF-8 throughout, holds a NUL, or ends in a cut sequence", () => {
    const latin1 = Uint8Array.from([...encode("R\u00e9sum\u00e9 "), 0xe9, 0x0a]);
    expect(sniffBytes(latin1)).toEqual({ ok: false, reason: "unsupported_media.binary" });
    // Valid text for its first 100 KB, then a NUL: the whole file is read, not its head.
    const late = new Uint8Array(100_001).fill(0x61);
    late[100_000] = 0;
    expect(sniffBytes(late)).toEqual({ ok: false, reason: "unsupported_media.binary" });
    expect(sniffBytes(Uint8Array.from([0x61, 0xe2, 0x82]))).toEqual({ ok: false, reason: "unsupported_media.binary" });
    // A multi-byte character split between two pieces is still valid.
    expect(sniffBytes(encode("Fédération 联盟"), 3)).toEqual({ ok: true, kind: "text" });
  });

  it("refuses markup after a byte-order mark and blank space, and scripts", () => {
    expect(sniffBytes(encode("\ufeff \n<html><p>x</p></html>"))).toEqual({
      ok: false,
      reason: "unsupported_media.html",
    });
    expect(sniffBytes(encode("<SVG onload=alert(1)>"))).toEqual({ ok: false, reason: "unsupported_media.svg" });
    expect(sniffBytes(encode("#!/bin/sh\nrm -rf /\n"))).toEqual({ ok: false, reason: "unsupported_media.executable" });
    // Text that mentions markup later on is text.
    expect(sniffBytes(encode("See section 2 <b>bold</b>"))).toEqual({ ok: true, kind: "text" });
  });

  it("refuses an empty file, an empty ZIP, a truncated ZIP and an OpenDocument presentation", () => {
    expect(new ContentInspector().verdict()).toEqual({ ok: false, reason: "unsupported_media.empty" });
    expect(sniffBytes(Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]))).toEqual({
      ok: false,
      reason: "unsupported_media.zip_other",
    });
    expect(sniffBytes(SAMPLES.docx.subarray(0, SAMPLES.docx.length - 30))).toEqual({
      ok: false,
      reason: "unsupported_media.zip_other",
    });
    const odp = zip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.presentation" },
      { name: "content.xml", data: "<x/>" },
    ]);
    expect(sniffBytes(odp)).toEqual({ ok: false, reason: "unsupported_media.zip_other" });
    // Word and Excel parts in one package: neither.
    const both = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w/>" },
      { name: "xl/workbook.xml", data: "<x/>" },
    ]);
    expect(sniffBytes(both)).toEqual({ ok: false, reason: "unsupported_media.zip_other" });
  });

  it("reads the central directory of a ZIP larger than its head", () => {
    const big = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/media/image1.png", data: new Uint8Array(3 * 1024 * 1024).fill(7) },
      { name: "word/document.xml", data: "<w/>" },
    ]);
    expect(sniffBytes(big)).toEqual({ ok: true, kind: "docx" });
  });
});
