"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { DocumentList } from "@/app/_components/evidence/document-list";
import type { EvidenceDocument } from "@/lib/evidence/document";
import { CONFIDENTIALITIES, MAX_DOCUMENT_BYTES, megabytes, type Confidentiality } from "@/lib/evidence/kinds";

type Uploaded = Pick<
  EvidenceDocument,
  "id" | "questionId" | "title" | "mediaType" | "size" | "sha256" | "confidentiality"
>;

/** Sends the form with XMLHttpRequest, whose upload reports progress (fetch does not). */
function send(
  url: string,
  data: FormData,
  locale: string,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Accept-Language", locale);
    request.responseType = "json";
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onload = () => resolve({ status: request.status, body: request.response });
    request.onerror = () => reject(new Error("network"));
    request.send(data);
  });
}

const withoutExtension = (name: string) => name.replace(/\.[^.]*$/, "");

/**
 * The documents of one answer in the questionnaire: the list, and a form to add
 * one by drag and drop or the file picker, with title, issuing body, date and
 * who may see it, and a progress bar while it is sent.
 */
export function DocumentUpload({
  iso3,
  cycle,
  questionId,
  documents,
  onChange,
  disabled,
}: {
  iso3: string;
  cycle: number;
  questionId: string;
  documents: EvidenceDocument[];
  onChange: (next: EvidenceDocument[]) => void;
  disabled: boolean;
}) {
  const t = useTranslations("assessment.documents");
  const locale = useLocale();
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [issuer, setIssuer] = useState("");
  const [issuedOn, setIssuedOn] = useState("");
  const [confidentiality, setConfidentiality] = useState<Confidentiality>("bdt");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setError(chosen.size > MAX_DOCUMENT_BYTES ? t("errors.tooLarge", { limit: megabytes(MAX_DOCUMENT_BYTES) }) : null);
    setFile(chosen);
    if (!title) setTitle(withoutExtension(chosen.name));
  };

  const upload = async () => {
    if (!file) return setError(t("errors.noFile"));
    if (file.size > MAX_DOCUMENT_BYTES) return setError(t("errors.tooLarge", { limit: megabytes(MAX_DOCUMENT_BYTES) }));
    if (!title.trim()) return setError(t("errors.noTitle"));
    const data = new FormData();
    // The text fields first: the server reads them before the file.
    data.append("questionId", questionId);
    data.append("title", title.trim());
    data.append("confidentiality", confidentiality);
    if (issuer.trim()) data.append("issuer", issuer.trim());
    if (issuedOn) data.append("issuedOn", issuedOn);
    data.append("file", file, file.name);
    setError(null);
    setProgress(0);
    try {
      const { status, body } = await send(`/api/v1/assessments/${iso3}/${cycle}/evidence`, data, locale, setProgress);
      if (status === 201) {
        const uploaded = body as Uploaded;
        onChange([
          ...documents,
          {
            ...uploaded,
            issuer: issuer.trim() || null,
            issuedOn: issuedOn || null,
            fileName: file.name,
            uploadedBy: null,
            uploadedAt: new Date().toISOString(),
          },
        ]);
        setFile(null);
        setTitle("");
        setIssuer("");
        setIssuedOn("");
        if (picker.current) picker.current.value = "";
      } else {
        const refusal = body as { error?: string } | null;
        setError(refusal?.error ?? t("errors.refused", { status: String(status) }));
      }
    } catch {
      setError(t("errors.network"));
    }
    setProgress(null);
  };

  const remove = async (document: EvidenceDocument) => {
    setError(null);
    try {
      const response = await fetch(`/api/v1/evidence/${document.id}`, {
        method: "DELETE",
        headers: { "Accept-Language": locale },
      });
      if (response.ok) onChange(documents.filter((d) => d.id !== document.id));
      else {
        const refusal = (await response.json().catch(() => ({}))) as { error?: string };
        setError(refusal.error ?? t("errors.deleteRefused", { status: String(response.status) }));
      }
    } catch {
      setError(t("errors.network"));
    }
  };

  const busy = progress !== null;
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold">{t("title")}</p>
      {documents.length === 0 && <p className="text-sm text-muted">{t("none")}</p>}
      <DocumentList documents={documents} onDelete={disabled ? undefined : remove} />
      {!disabled && (
        <div className="space-y-2">
          <label
            htmlFor={`${id}-file`}
            className={`block cursor-pointer rounded-md border-2 border-dashed p-4 text-center text-sm ${dragging ? "border-brand-600 bg-brand-50" : "border-line"}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              choose(e.dataTransfer.files[0]);
            }}
          >
            <span className="font-semibold text-brand-700">{file ? file.name : t("drop")}</span>
            <span className="block text-xs text-muted">{t("accepted", { limit: megabytes(MAX_DOCUMENT_BYTES) })}</span>
            <input
              ref={picker}
              id={`${id}-file`}
              type="file"
              className="sr-only"
              aria-label={t("fileLabel", { questionId })}
              accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods,.txt"
              onChange={(e) => choose(e.target.files?.[0])}
            />
          </label>
          {file && (
            <div className="grid gap-2 sm:grid-cols-2">
              {(
                [
                  ["title", t("titleLabel"), title, setTitle, "text"],
                  ["issuer", t("issuerLabel"), issuer, setIssuer, "text"],
                  ["date", t("issuedOnLabel"), issuedOn, setIssuedOn, "date"],
                ] as const
              ).map(([name, label, value, set, type]) => (
                <div key={name}>
                  <label htmlFor={`${id}-${name}`} className="field-label">
                    {label}
                  </label>
                  <input
                    id={`${id}-${name}`}
                    type={type}
                    className="field-input"
                    value={value}
                    maxLength={type === "text" ? 300 : undefined}
                    onChange={(e) => set(e.target.value)}
                  />
                </div>
              ))}
              <div>
                <label htmlFor={`${id}-who`} className="field-label">
                  {t("confidentialityLabel")}
                </label>
                <select
                  id={`${id}-who`}
                  className="field-input"
                  value={confidentiality}
                  onChange={(e) => setConfidentiality(e.target.value as Confidentiality)}
                >
                  {CONFIDENTIALITIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`confidentiality.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex items-center gap-3 sm:col-span-2">
                <button type="button" className="btn-secondary" onClick={upload} disabled={busy}>
                  {busy ? t("uploading", { percent: Math.round(progress * 100) }) : t("upload")}
                </button>
                {busy && <progress className="h-2 flex-1" max={1} value={progress} aria-label={t("progressLabel")} />}
              </div>
            </div>
          )}
        </div>
      )}
      <p className="field-error" aria-live="polite" data-testid="document-error">
        {error}
      </p>
    </div>
  );
}
