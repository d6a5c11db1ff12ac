import { describe, expect, it } from "vitest";
import { mentionedAddresses, resolveMentions } from "./mentions";

describe("mentions", () => {
  it("finds addresses after @, once each, in order, without trailing punctuation", () => {
    expect(mentionedAddresses("@b@x.org, can you and @A@x.org. check? (@b@x.org)")).toEqual(["b@x.org", "a@x.org"]);
  });

  it("ignores an e-mail address written without @ before it, and @ inside a word", () => {
    expect(mentionedAddresses("write to a@x.org or foo@@b@x.org")).toEqual([]);
  });

  it("keeps only people who can read the thread, matching case-insensitively", () => {
    const people = [
      { id: "1", email: "Amina@x.org" },
      { id: "2", email: "bo@x.org" },
    ];
    expect(resolveMentions("@amina@x.org and @someone@else.org and @BO@x.org!", people).map((p) => p.id)).toEqual([
      "1",
      "2",
    ]);
  });
});
