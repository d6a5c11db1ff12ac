import "server-only";

/**
 * The one access module of the service layer. Its rules are pure functions of
 * the actor and the assessment's status, kept in lib/assessment/access.ts so
 * that they are unit-tested and can be read by the data modules not yet moved.
 */
export * from "@/lib/assessment/access";
