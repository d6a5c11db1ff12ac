/**
 * Runs once when the server process starts, before it answers a request:
 * the serving process owns the database, so it migrates and seeds it here.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getConnection } = await import("./db/index");
  const connection = await getConnection();
  console.log(`Res45 Readiness: database ready (${connection.kind})`);
}
