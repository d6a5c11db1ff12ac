import type { DeviceDescription } from "./user-agent";

/** One of the user's own sessions, as the account page lists it. */
export interface SessionView {
  id: string;
  device: DeviceDescription;
  ipAddress: string | null;
  createdAt: string;
  /** When better-auth last renewed it: at most once a day (its `updateAge`), so a day's precision. */
  lastSeenAt: string;
  current: boolean;
}
