"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { shortSha256, type EvidenceDocument } from "@/lib/evidence/document";
import { DOCUMENT_KINDS, kindOfMediaType } from "@/lib/evidence/kinds";

/** A size in bytes, kilobytes or megabytes, in the reader's language. */
export function useFileSize() {
  const format = useFormatter();
  return (bytes: number) =>
    bytes < 1024
      ? format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "long" })
      : bytes < 1024 * 1024
        ? format.number(bytes / 1024, {
            style: "unit",
            unit: "kilobyte",
            unitDisplay: "short",
            maximumFractionDigits: 0,
          })
        : format.number(bytes / (1024 * 1024), {
            style: "unit",
            unit: "megabyte",
            unitDisplay: "short",
            maximumFractionDigits: 1,
          });
}

/**
 * The documents of one answer: title (a download), kind, size, issuer and date,
 * who may see it, and the SHA-256 (shortened; whole on hover, copied by its button).
 * The questionnaire adds a delete button; the results and review pages list them read-only.
 */
export function DocumentList({
  documents,
  onDelete,
}: {
  documents: EvidenceDocument[];
  onDelete?: (document: EvidenceDocument) => void;
}) {
  const t = useTranslations("assessment.documents");
  const format = useFormatter();
  const fileSize = useFileSize();
  const [copied, setCopied] = useState<string | null>(null);
  if (documents.length === 0) return null;

  const copy = async (sha256: string) => {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopied(sha256);
    } catch {
      setCopied(null); // no clipboard (an insecure origin): the full value stays in the tooltip
    }
  };

  return (
    <ul className="space-y-2" aria-label={t("listLabel")}>
      {documents.map((d) => {
        const kind = kindOfMediaType(d.mediaType);
        return (
          <li key={d.id} className="rounded-md border border-line p-3 text-sm" data-document-id={d.id}>
            <div className="flex flex-wrap items-center gap-2">
              <a
                href={`/api/v1/evidence/${d.id}`}
                download
                className="min-w-0 flex-1 truncate font-semibold"
                aria-label={t("downloadLabel", { title: d.title })}
              >
                {d.title}
              </a>
              <span
                className={`badge ${d.confidentiality === "public" ? "bg-brand-100 text-brand-800" : "bg-amber-100 text-warn"}`}
              >
                {t(`confidentiality.${d.confidentiality}`)}
              </span>
              {onDelete && (
                <button
                  type="button"
                  className="rounded px-2 py-0.5 text-xs text-danger hover:bg-red-50"
                  onClick={() => onDelete(d)}
                  aria-label={t("deleteLabel", { title: d.title })}
                >
                  {t("delete")}
                </button>
              )}
            </div>
            <p className="mt-1 text-muted">
              {[
                kind ? DOCUMENT_KINDS[kind].label : d.mediaType,
                fileSize(d.size),
                d.issuer,
                d.issuedOn
                  ? format.dateTime(new Date(`${d.issuedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
                  : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
              <span>SHA-256</span>
              <code className="font-mono" title={d.sha256} data-sha256={d.sha256}>
                {shortSha256(d.sha256)}
              </code>
              <button
                type="button"
                className="underline"
                onClick={() => copy(d.sha256)}
                aria-label={t("copyShaLabel", { title: d.title })}
              >
                {copied === d.sha256 ? t("copied") : t("copySha")}
              </button>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
