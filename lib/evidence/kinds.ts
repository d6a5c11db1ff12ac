/**
 * The kinds of document accepted as evidence, decided by content (sniff.ts),
 * with the media type they are served with and the extension of their file name.
 */
export const DOCUMENT_KINDS = {
  pdf: { mediaType: "application/pdf", extension: "pdf", label: "PDF" },
  png: { mediaType: "image/png", extension: "png", label: "PNG" },
  jpeg: { mediaType: "image/jpeg", extension: "jpg", label: "JPEG" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    label: "DOCX",
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    label: "XLSX",
  },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", extension: "odt", label: "ODT" },
  ods: { mediaType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods", label: "ODS" },
  text: { mediaType: "text/plain; charset=utf-8", extension: "txt", label: "TXT" },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** One file: 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** All documents of one assessment together: 500 MB. */
export const MAX_ASSESSMENT_DOCUMENT_BYTES = 500 * 1024 * 1024;
/** The size of the pieces a document is stored and streamed in. */
export const CHUNK_BYTES = 256 * 1024;
/** Room for the multipart framing and the text fields around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const CONFIDENTIALITIES = ["public", "bdt"] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];

/** The kind served under a stored media type (for the extension and the label). */
export function kindOfMediaType(mediaType: string): DocumentKind | undefined {
  return (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).find((k) => DOCUMENT_KINDS[k].mediaType === mediaType);
}

/** Whole megabytes, as the limits are stated to people. */
export const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * The name a document is downloaded under: the uploaded name without its
 * folders, control characters or extension, ending in the extension of its
 * kind (a PDF named "x.html" downloads as "x.pdf"). At most 120 characters.
 */
export function documentFileName(uploadedName: string, kind: DocumentKind): string {
  const base = uploadedName.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f"*:<>?|\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\.[^.]*$/, "")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 120);
  return `${cleaned || "document"}.${DOCUMENT_KINDS[kind].extension}`;
}
