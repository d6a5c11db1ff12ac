/**
 * Runs once when the server process starts, before it answers a request:
 * the configuration is validated (a wrong variable stops the server with a
 * message naming it), and the serving process owns the database, so it
 * migrates and seeds it here.
 */
export async function register() {
  // Next.js's own build-time markers, not configuration (NEXT_RUNTIME is inlined per bundle), so read here.
  /* eslint-disable no-restricted-properties -- see above */
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  /* eslint-enable no-restricted-properties */
  const { InvalidEnvironmentError, serverEnv } = await import("./db/env");
  try {
    serverEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    // Next.js would log a failed start and go on serving 500s: stop instead.
    console.error(`Res45 Readiness cannot start. ${error.message}`);
    process.exit(1);
  }
  const { getConnection } = await import("./db/index");
  const connection = await getConnection();
  console.log(`Res45 Readiness: database ready (${connection.kind})`);
  const { startLinkChecker } = await import("./server/link-checker");
  startLinkChecker(serverEnv().linkCheckIntervalMinutes);
  // One sender loop per server process; without SMTP_URL the outbox table is the mailbox.
  const { startMailSender } = await import("./server/mail-sender");
  console.log(
    `Res45 Readiness: ${startMailSender() ? "sending e-mail through SMTP_URL" : "e-mail kept in the outbox (no SMTP_URL)"}`,
  );
  // Deadline reminders and overdue plan actions; every server may run them (a unique key keeps each single).
  const { startReminders } = await import("./server/reminders");
  if (startReminders()) console.log("Res45 Readiness: reminder runs every REMINDER_INTERVAL_MINUTES");
}
