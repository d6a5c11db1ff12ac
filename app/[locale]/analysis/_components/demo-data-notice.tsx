/** Shown on every analysis page while the database holds the generated demo data set. */
export function DemoDataNotice() {
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-warn">
      <strong className="font-semibold">Demo data.</strong> This database holds the generated demo data set: the
      assessments and scores below are invented for trying the application and describe no Member State.
    </p>
  );
}
