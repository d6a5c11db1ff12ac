import { documentParamsSchema } from "@/lib/evidence/evidence.validation";
import { deleteDocument, openDocument } from "@/server/evidence";
import { parseParams, route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

/** `filename` for old clients (ASCII only), `filename*` with the name as uploaded (RFC 6266). */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

// The bytes as uploaded, streamed chunk by chunk from the database; always a download, never rendered here.
export const GET = route({ auth: true }, async ({ params, actor, locale }) => {
  const { id } = parseParams(params, documentParamsSchema, locale);
  const { document, pieces } = await openDocument(actor, id);
  const iterator = pieces()[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  // No Content-Length: Next.js drops it from route handlers' answers (send-response.js) and sends them chunked.
  // The size is in the document's listing; Repr-Digest carries its SHA-256.
  return new Response(body, {
    headers: {
      "Content-Type": document.mediaType,
      "Content-Disposition": attachment(document.fileName),
      "X-Content-Type-Options": "nosniff",
      // Opened by mistake in a tab, it runs nothing and loads nothing.
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
      "Repr-Digest": `sha-256=:${Buffer.from(document.sha256, "hex").toString("base64")}:`,
    },
  });
});

export const DELETE = route({ auth: true }, async ({ params, actor, locale }) => {
  const { id } = parseParams(params, documentParamsSchema, locale);
  await deleteDocument(actor, id);
  return new Response(null, { status: 204 });
});
