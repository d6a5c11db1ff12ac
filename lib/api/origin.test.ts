import { describe, expect, it } from "vitest";
import { requestOrigin } from "./origin";

describe("requestOrigin", () => {
  it("uses the Host header the browser sent rather than the server's own URL", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:4000" }), "http://localhost:4000/api/x")).toBe(
      "http://127.0.0.1:4000",
    );
  });
  it("follows a proxy's forwarded host and protocol", () => {
    const headers = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "readiness.example.org",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(headers, "http://10.0.0.5:3000/")).toBe("https://readiness.example.org");
  });
});
