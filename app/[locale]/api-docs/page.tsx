import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buildOpenApiDocument, ENDPOINTS } from "@/lib/api/openapi";
import { TableHead } from "@/app/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reference.apiDocs");
  return { title: t("metadataTitle") };
}

const METHOD_TONE: Record<string, string> = {
  get: "bg-brand-100 text-brand-800",
  post: "bg-green-100 text-ok",
  patch: "bg-amber-100 text-warn",
};

/** Message keys of the endpoints' access levels (the OpenAPI document names them in English). */
const ACCESS_KEY: Record<(typeof ENDPOINTS)[number]["access"], string> = {
  public: "public",
  "signed-in": "signedIn",
  "focal point of the state": "focalPoint",
  "analyst or admin": "analystOrAdmin",
  admin: "admin",
  "admin, or a focal point for their own state": "adminOrOwnFocalPoint",
  "focal point or contributor of the state": "stateMember",
  "the state's people; analyst or admin once shared": "stateOrSharedBdt",
};

type Operation = {
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
};

/**
 * The API reference. The page's own words are in the reader's language; the
 * OpenAPI document (title, summaries, tags, responses) stays in English, as it
 * is served to programs.
 */
export default async function ApiDocsPage() {
  const locale = await getLocale();
  const t = await getTranslations("reference.apiDocs");
  const doc = buildOpenApiDocument();
  const tags = [...new Set(ENDPOINTS.map((e) => e.tag))];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-display font-bold">{doc.info.title}</h1>
        <p className="max-w-3xl text-muted">{doc.info.description}</p>
        <p className="text-sm">
          {t.rich("openApi", { link: (chunks: ReactNode) => <a href="/api/v1/openapi.json">{chunks}</a> })}
        </p>
        {locale !== "en" && <p className="max-w-3xl text-sm text-muted">{t("englishOnly")}</p>}
      </header>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
          <h2 id={`tag-${tag}`} lang="en" className="text-2xl font-bold text-brand-900">
            {tag}
          </h2>
          {ENDPOINTS.filter((e) => e.tag === tag).map((e) => {
            const op = (doc.paths[e.path] as Record<string, Operation>)[e.method]!;
            return (
              <article
                key={`${e.method} ${e.path}`}
                className="card space-y-3 p-5"
                aria-label={`${e.method.toUpperCase()} ${e.path}`}
              >
                <h3 dir="ltr" className="flex flex-wrap items-center gap-3 font-mono text-sm">
                  <span className={`badge uppercase ${METHOD_TONE[e.method]}`}>{e.method}</span>
                  <span className="font-semibold">{e.path}</span>
                </h3>
                <p lang="en">{e.summary}</p>
                <p className="text-sm text-muted">
                  {t("access", { access: t(`accessLevels.${ACCESS_KEY[e.access]}`) })}
                </p>
                {op.parameters.length > 0 && (
                  <table className="data-table">
                    <caption className="sr-only">{t("parameters")}</caption>
                    <TableHead columns={[{ label: t("parameter") }, { label: t("in") }, { label: t("schema") }]} />
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name}>
                          <td className="font-mono">{p.required ? p.name : t("optional", { name: p.name })}</td>
                          <td className="font-mono">{p.in}</td>
                          <td dir="ltr" className="font-mono text-xs">
                            {JSON.stringify(p.schema)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {op.requestBody && (
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold">{t("requestBody")}</summary>
                    <pre dir="ltr" className="mt-2 max-h-80 overflow-auto rounded bg-canvas p-3 text-xs">
                      {JSON.stringify(op.requestBody.content["application/json"]?.schema, null, 2)}
                    </pre>
                  </details>
                )}
                <details>
                  <summary className="cursor-pointer text-sm font-semibold">
                    {t("responses", { codes: Object.keys(op.responses).join(", ") })}
                  </summary>
                  <ul className="mt-2 space-y-2 text-sm">
                    {Object.entries(op.responses).map(([status, r]) => (
                      <li key={status}>
                        <span className="font-mono font-semibold">{status}</span> <span lang="en">{r.description}</span>
                        {r.content && Object.values(r.content)[0]?.schema !== undefined && (
                          <pre dir="ltr" className="mt-1 max-h-60 overflow-auto rounded bg-canvas p-3 text-xs">
                            {JSON.stringify(Object.values(r.content)[0]?.schema, null, 2)}
                          </pre>
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}
