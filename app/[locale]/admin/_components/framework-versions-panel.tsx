import type { FrameworkVersionRow } from "@/lib/admin/framework-versions";

/** The questionnaire versions in lib/framework: read-only, because publishing one is a code change. */
export function FrameworkVersionsPanel({ rows }: { rows: readonly FrameworkVersionRow[] }) {
  return (
    <div className="space-y-4">
      <div className="card overflow-x-auto p-0">
        <table className="data-table">
          <caption className="sr-only">Questionnaire versions and the assessments answered under each</caption>
          <thead>
            <tr>
              <th scope="col">Framework id</th>
              <th scope="col">Version</th>
              <th scope="col">Title</th>
              <th scope="col" className="text-end">
                Questions
              </th>
              <th scope="col" className="text-end">
                Assessments
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="font-mono text-xs">{r.id}</td>
                <td>{r.version}</td>
                <td>{r.title}</td>
                <td className="text-end tabular-nums">{r.unknown ? "—" : r.questions}</td>
                <td className="text-end tabular-nums">{r.assessments}</td>
                <td>
                  {r.current ? (
                    <span className="badge bg-green-50 text-ok">Current</span>
                  ) : r.unknown ? (
                    <span className="badge bg-red-50 text-danger">Missing from the code</span>
                  ) : (
                    <span className="badge bg-canvas text-muted">Earlier version</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="max-w-3xl text-sm text-muted">
        New assessments use the current version. Publishing a new version is done in the code, in{" "}
        <code className="font-mono">lib/framework</code>, and not here: every assessment keeps the version it was
        answered under, so its questions, scores and history stay comparable, and a published version is never edited.
        Add the new version to <code className="font-mono">FRAMEWORKS</code> with a new id and make it{" "}
        <code className="font-mono">CURRENT_FRAMEWORK</code>.
      </p>
    </div>
  );
}
