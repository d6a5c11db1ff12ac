import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import { groupAnchor, pillarAnchor, pillarOfAnchor } from "./pillar-anchor";

const framework = CURRENT_FRAMEWORK;

describe("pillarOfAnchor", () => {
  it("opens the pillar of a linked question", () => {
    expect(pillarOfAnchor(framework, "#TEC-CIRT-01")).toBe("technical");
    expect(pillarOfAnchor(framework, "CAP-AWR-02")).toBe("capacity");
  });

  it("opens the pillar of a linked indicator group and a linked pillar", () => {
    const group = framework.groups.find((g) => g.pillar === "cooperation")!;
    expect(pillarOfAnchor(framework, `#${groupAnchor(group.id)}`)).toBe("cooperation");
    expect(pillarOfAnchor(framework, `#${pillarAnchor("organizational")}`)).toBe("organizational");
  });

  it("leaves the pillar shown for any other anchor", () => {
    expect(pillarOfAnchor(framework, "")).toBeUndefined();
    expect(pillarOfAnchor(framework, "#reply-TEC-CIRT-01")).toBeUndefined();
    expect(pillarOfAnchor(framework, "#pillar-unknown")).toBeUndefined();
  });

  it("reads an anchor the browser escaped", () => {
    expect(pillarOfAnchor(framework, "#group%2Dlegal-cybercrime")).toBe("legal");
    expect(pillarOfAnchor(framework, "#%E0%A4%A")).toBeUndefined();
  });

  it("places every question of the questionnaire in a pillar", () => {
    for (const q of framework.questions) expect(pillarOfAnchor(framework, q.id)).toBe(q.pillar);
  });
});
