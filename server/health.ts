import "server-only";
export { checkDatabase } from "@/db/queries/health";
