import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "@/lib/evidence/kinds";
import { SAMPLES } from "@/lib/evidence/testing/samples";
import { refusalCode } from "./testing/service-database";
import { MAX_UPLOAD_REQUEST_BYTES, receiveUpload } from "./evidence-upload";

const URL = "http://localhost/api/v1/assessments/KEN/2026/evidence";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const spooled = async () => (await readdir(tmpdir())).filter((n) => n.startsWith("res45-upload-")).length;

function form(parts: [string, string | Blob, string?][]) {
  const data = new FormData();
  for (const [name, value, fileName] of parts)
    if (typeof value === "string") data.append(name, value);
    else data.append(name, value, fileName);
  return new Request(URL, { method: "POST", body: data });
}

async function bytesOf(pieces: AsyncIterable<Uint8Array>) {
  const parts: Uint8Array[] = [];
  for await (const p of pieces) parts.push(p);
  return Buffer.concat(parts);
}

describe("receiving an upload", () => {
  it("spools the file outside memory and hands over the same bytes and the fields", async () => {
    const before = await spooled();
    const big = new Uint8Array(700_000).map((_, i) => (i * 7) % 251);
    const upload = await receiveUpload(
      form([
        ["questionId", "LEG-CYB-01"],
        ["title", "Loi n° 12 — 网络安全法"],
        ["file", new Blob([big]), "../../etc/strategy.pdf"],
      ]),
    );
    expect(upload.fields).toEqual({ questionId: "LEG-CYB-01", title: "Loi n° 12 — 网络安全法" });
    // The folders of the client's name are dropped.
    expect(upload.file).toMatchObject({ name: "strategy.pdf", size: big.length });
    // Read twice (inspected, then stored): the same bytes each time.
    expect(sha256(await bytesOf(upload.file!.pieces()))).toBe(sha256(big));
    expect(sha256(await bytesOf(upload.file!.pieces()))).toBe(sha256(big));
    expect(await spooled()).toBe(before + 1);
    await upload.dispose();
    expect(await spooled()).toBe(before);
  });

  it("answers without a file when none is sent", async () => {
    const upload = await receiveUpload(form([["title", "x"]]));
    expect(upload.file).toBeNull();
    await upload.dispose();
  });

  it("refuses what is not multipart, a second file and a file under another name, leaving nothing behind", async () => {
    const before = await spooled();
    const json = new Request(URL, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await refusalCode(receiveUpload(json))).toBe("unsupported_media.multipart");
    const two = form([
      ["file", new Blob([SAMPLES.pdf]), "a.pdf"],
      ["file", new Blob([SAMPLES.pdf]), "b.pdf"],
    ]);
    expect(await refusalCode(receiveUpload(two))).toBe("validation.upload");
    expect(await refusalCode(receiveUpload(form([["attachment", new Blob([SAMPLES.pdf]), "a.pdf"]])))).toBe(
      "validation.upload",
    );
    const broken = new Request(URL, {
      method: "POST",
      body: "--x\r\nContent-Disposition: form-data; name=file; filename=a\r\n\r\nabc",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await refusalCode(receiveUpload(broken))).toBe("validation.upload");
    expect(await spooled()).toBe(before);
  });

  it("refuses a file over 20 MB, and a body without a length cut off at the limit", async () => {
    const before = await spooled();
    const over = form([["file", new Blob([new Uint8Array(MAX_DOCUMENT_BYTES + 1)]), "big.pdf"]]);
    expect(await refusalCode(receiveUpload(over))).toBe("too_large.document");
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        const piece = new TextEncoder().encode(
          sent === 0 ? "--x\r\nContent-Disposition: form-data; name=file; filename=a.txt\r\n\r\n" : "x".repeat(1 << 20),
        );
        sent += piece.length;
        controller.enqueue(piece);
      },
    });
    const chunked = new Request(URL, {
      method: "POST",
      body: endless,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect(await refusalCode(receiveUpload(chunked))).toBe("too_large.document");
    expect(sent).toBeLessThan(MAX_UPLOAD_REQUEST_BYTES + 3 * (1 << 20));
    expect(await spooled()).toBe(before);
  });
});
