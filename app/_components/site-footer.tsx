export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-6 py-5 text-xs text-muted">
        <p>
          Res45 Readiness follows WTDC Resolution 45 (Rev. Buenos Aires, 2017) and the pillars of the ITU Global
          Cybersecurity Index.
        </p>
        <p>
          <a href="/api-docs">API documentation</a> · <a href="/framework">Questionnaire and methodology</a>
        </p>
      </div>
    </footer>
  );
}
