/** Fixtures shared by the tests of lib/analysis. */

/** The exported record of a state whose assessment is not shared with BDT: no score of any kind. */
export function unsharedRecord(iso3: string, name: string, region: string) {
  return {
    iso3,
    name,
    region,
    status: "draft",
    scoreKind: null,
    overall: null,
    tier: null,
    pillars: null,
    outcomes: null,
  };
}
