export * from "./types";
export * from "./regions";
export { MEMBER_STATES } from "./member-states";
