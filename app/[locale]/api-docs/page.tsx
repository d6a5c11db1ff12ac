import type { Metadata } from "next";
import { buildOpenApiDocument, ENDPOINTS } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API" };

const METHOD_TONE: Record<string, string> = {
  get: "bg-brand-100 text-brand-800",
  post: "bg-green-100 text-ok",
  patch: "bg-amber-100 text-warn",
};

type Operation = {
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
};

export default function ApiDocsPage() {
  const doc = buildOpenApiDocument();
  const tags = [...new Set(ENDPOINTS.map((e) => e.tag))];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="eyebrow">Developers</p>
        <h1 className="text-display font-bold">{doc.info.title}</h1>
        <p className="max-w-3xl text-muted">{doc.info.description}</p>
        <p className="text-sm">
          OpenAPI 3.1 document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. It is generated from the same
          zod schemas the endpoints validate requests with.
        </p>
      </header>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
          <h2 id={`tag-${tag}`} className="text-2xl font-bold text-brand-900">
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
                <h3 className="flex flex-wrap items-center gap-3 font-mono text-sm">
                  <span className={`badge uppercase ${METHOD_TONE[e.method]}`}>{e.method}</span>
                  <span className="font-semibold">{e.path}</span>
                </h3>
                <p>{e.summary}</p>
                <p className="text-sm text-muted">Access: {e.access}</p>
                {op.parameters.length > 0 && (
                  <table className="data-table">
                    <caption className="sr-only">Parameters</caption>
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">In</th>
                        <th scope="col">Schema</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name}>
                          <td className="font-mono">
                            {p.name}
                            {p.required ? "" : " (optional)"}
                          </td>
                          <td>{p.in}</td>
                          <td className="font-mono text-xs">{JSON.stringify(p.schema)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {op.requestBody && (
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold">Request body (JSON schema)</summary>
                    <pre className="mt-2 max-h-80 overflow-auto rounded bg-canvas p-3 text-xs">
                      {JSON.stringify(op.requestBody.content["application/json"]?.schema, null, 2)}
                    </pre>
                  </details>
                )}
                <details>
                  <summary className="cursor-pointer text-sm font-semibold">
                    Responses: {Object.keys(op.responses).join(", ")}
                  </summary>
                  <ul className="mt-2 space-y-2 text-sm">
                    {Object.entries(op.responses).map(([status, r]) => (
                      <li key={status}>
                        <span className="font-mono font-semibold">{status}</span> {r.description}
                        {r.content && Object.values(r.content)[0]?.schema !== undefined && (
                          <pre className="mt-1 max-h-60 overflow-auto rounded bg-canvas p-3 text-xs">
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
