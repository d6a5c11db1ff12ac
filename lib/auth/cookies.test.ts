import { getCookies } from "better-auth/cookies";
import { describe, expect, it } from "vitest";
import { sessionCookieOptions } from "./cookies";

/** The session cookie as better-auth itself derives it from our options. */
const sessionCookie = (publicUrl: string | undefined) =>
  getCookies({ baseURL: publicUrl, advanced: sessionCookieOptions(publicUrl) }).sessionToken;

describe("session cookie", () => {
  it("is Secure (and __Secure- prefixed) when BETTER_AUTH_URL is https", () => {
    const cookie = sessionCookie("https://readiness.example.org");
    expect(cookie.attributes).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    expect(cookie.name).toBe("__Secure-better-auth.session_token");
  });

  it("is HttpOnly and SameSite=Lax but not Secure on http (the demo on localhost)", () => {
    for (const url of [undefined, "http://localhost:3000"]) {
      expect(sessionCookie(url).attributes).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
    }
  });
});
