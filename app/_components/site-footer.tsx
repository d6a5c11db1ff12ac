export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-6 py-5 text-xs text-muted">
        <p>
          Res45 Readiness follows WTDC Resolution 45 (Rev. Buenos Aires, 2017) and the pillars of the ITU Global
          Cybersecurity Index.
        </p>
        <p>
          Machine-readable data: <a href="/api/v1/member-states">/api/v1/member-states</a> ·{" "}
          <a href="/api/v1/cycles">/api/v1/cycles</a>
        </p>
      </div>
    </footer>
  );
}
